-- CreateEnum
CREATE TYPE "FigureBound" AS ENUM ('EXACT', 'MORE_THAN', 'LESS_THAN', 'ABOUT');

-- CreateEnum
CREATE TYPE "FigureUnit" AS ENUM ('COUNT', 'PERCENT');

-- CreateTable
CREATE TABLE "SourceReference" (
    "id" UUID NOT NULL,
    "citingId" UUID NOT NULL,
    "citedId" UUID NOT NULL,
    "footnote" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "locator" TEXT,
    "context" TEXT,
    "contextLocale" TEXT,

    CONSTRAINT "SourceReference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceFigure" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "sourceId" UUID NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "bound" "FigureBound" NOT NULL DEFAULT 'EXACT',
    "unit" "FigureUnit" NOT NULL,
    "measure" JSONB NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteLocale" TEXT NOT NULL,
    "locator" TEXT NOT NULL,
    "attributedToId" UUID,
    "footnote" INTEGER,
    "asOfYear" INTEGER,
    "note" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceFigure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceReference_citedId_idx" ON "SourceReference"("citedId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceReference_citingId_footnote_citedId_key" ON "SourceReference"("citingId", "footnote", "citedId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceFigure_key_key" ON "SourceFigure"("key");

-- CreateIndex
CREATE INDEX "SourceFigure_sourceId_idx" ON "SourceFigure"("sourceId");

-- AddForeignKey
ALTER TABLE "SourceReference" ADD CONSTRAINT "SourceReference_citingId_fkey" FOREIGN KEY ("citingId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceReference" ADD CONSTRAINT "SourceReference_citedId_fkey" FOREIGN KEY ("citedId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceFigure" ADD CONSTRAINT "SourceFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceFigure" ADD CONSTRAINT "SourceFigure_attributedToId_fkey" FOREIGN KEY ("attributedToId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
