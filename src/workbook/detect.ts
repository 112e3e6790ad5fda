/** An .xlsx workbook by its bytes: a zip whose central directory names the xl/workbook.xml part. */
export function isWorkbookZip(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b.length >= 4 && b.readUInt32BE(0) === 0x504b0304 && b.includes('xl/workbook.xml');
}
