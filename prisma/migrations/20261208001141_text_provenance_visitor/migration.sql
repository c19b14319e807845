-- AlterEnum
ALTER TYPE "TextProvenance" ADD VALUE 'VISITOR';
