import { MAIN_NS, XML_HEAD, xmlText } from './xml.js';

/** How a cell looks: everything the timetable uses and nothing more. */
export interface CellStyle {
  font?: { bold?: boolean; size?: number; color?: string };
  /** A thin line on all four sides. */
  border?: boolean;
  /** A solid fill, as ARGB. */
  fill?: string;
  horizontal?: 'left' | 'center';
  vertical?: 'top' | 'center';
  wrap?: boolean;
  /** Numbers shown with two decimals (Excel's built-in format 0.00). */
  twoDecimals?: boolean;
}

/** The workbook's styles: each distinct CellStyle gets one number, the index a cell's `s` attribute refers to. */
export class StyleSheet {
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  /** `fontName` is every styled cell's font; unstyled cells keep the default Calibri 11. */
  constructor(private readonly fontName: string) {
    this.fonts.set('<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>', 0);
    this.fills.set('<fill><patternFill patternType="none"/></fill>', 0);
    this.fills.set('<fill><patternFill patternType="gray125"/></fill>', 1);
  }

  /** The number of a style, registering it on first use. */
  add(style: CellStyle): number {
    const font = this.index(this.fonts, this.fontXml(style.font ?? {}));
    const fill = style.fill
      ? this.index(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`,
        )
      : 0;
    const border = style.border ? 1 : 0;
    const align = [
      style.horizontal && `horizontal="${style.horizontal}"`,
      style.vertical && `vertical="${style.vertical}"`,
      style.wrap && 'wrapText="1"',
    ]
      .filter(Boolean)
      .join(' ');
    const format = style.twoDecimals ? 2 : 0;
    const applied = ` applyFont="1"${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}${format ? ' applyNumberFormat="1"' : ''}`;
    const xf = `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}${align ? `><alignment ${align}/></xf>` : '/>'}`;
    const known = this.formats.get(xf);
    if (known !== undefined) return known;
    this.xfs.push(xf);
    this.formats.set(xf, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  /** xl/styles.xml. */
  xml(): string {
    const list = (tag: string, items: Iterable<string>) => {
      const all = [...items];
      return `<${tag} count="${all.length}">${all.join('')}</${tag}>`;
    };
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      list('fonts', this.fonts.keys()) +
      list('fills', this.fills.keys()) +
      list('borders', [
        '<border><left/><right/><top/><bottom/><diagonal/></border>',
        '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>',
      ]) +
      list('cellStyleXfs', ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
      list('cellXfs', this.xfs) +
      list('cellStyles', ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']) +
      '</styleSheet>'
    );
  }

  private fontXml(font: NonNullable<CellStyle['font']>): string {
    return `<font>${font.bold ? '<b/>' : ''}${font.color ? `<color rgb="${font.color}"/>` : ''}<sz val="${font.size ?? 11}"/><name val="${xmlText(this.fontName)}"/></font>`;
  }

  private index(map: Map<string, number>, xml: string): number {
    const known = map.get(xml);
    if (known !== undefined) return known;
    map.set(xml, map.size);
    return map.size - 1;
  }
}
