// A d3-geo path context that writes compact SVG path data: integer coordinates, relative commands.
// On a canvas twice the displayed size that keeps half-pixel precision at about a third of d3's default output.

export class CompactPathContext {
  private out = "";
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private last: "m" | "l" | "z" | "" = "";

  moveTo(px: number, py: number) {
    const x = Math.round(px);
    const y = Math.round(py);
    this.out += `m${pair(x - this.x, y - this.y)}`;
    this.x = this.startX = x;
    this.y = this.startY = y;
    this.last = "m";
  }

  lineTo(px: number, py: number) {
    const x = Math.round(px);
    const y = Math.round(py);
    if (x === this.x && y === this.y) return;
    const d = pair(x - this.x, y - this.y);
    // After m or l the command letter may be left out; a number then needs a separator unless it is negative.
    this.out += this.last === "m" || this.last === "l" ? (d.startsWith("-") ? d : ` ${d}`) : `l${d}`;
    this.x = x;
    this.y = y;
    this.last = "l";
  }

  closePath() {
    this.out += "z";
    // After z the current point is the subpath's start again.
    this.x = this.startX;
    this.y = this.startY;
    this.last = "z";
  }

  // d3-geo's GeoContext; points are drawn as circles by the component, never through the path.
  beginPath() {}
  arc() {}

  result(): string {
    const d = this.out;
    this.out = "";
    this.x = this.y = this.startX = this.startY = 0;
    this.last = "";
    return d;
  }
}

function pair(dx: number, dy: number): string {
  return `${dx}${dy < 0 ? "" : " "}${dy}`;
}
