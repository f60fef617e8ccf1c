// Checks that a file is a real PNG: the signature, the IHDR size, and that it is not a blank picture.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngFacts {
  width: number;
  height: number;
  distinctColours: number;
  transparentShare: number;
  /** Share of fully opaque pixels in the bottom 20 rows (the legend and source line). */
  bottomOpaqueShare: number;
  /** A digest of the decoded pixels: equal digests are the same picture. */
  pixelDigest: string;
}

export function readPng(file: string): PngFacts {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error(`${file} does not start with the PNG signature`);
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error(`${file} has no IHDR chunk first`);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const png = PNG.sync.read(bytes);
  const colours = new Set<number>();
  let transparent = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    colours.add(png.data.readUInt32BE(i));
    if (png.data[i + 3] === 0) transparent++;
  }
  let opaqueAtBottom = 0;
  for (let i = (height - 20) * width * 4; i < png.data.length; i += 4) if (png.data[i + 3] === 255) opaqueAtBottom++;
  return {
    width,
    height,
    distinctColours: colours.size,
    transparentShare: transparent / (width * height),
    bottomOpaqueShare: opaqueAtBottom / (20 * width),
    pixelDigest: createHash('sha256').update(png.data).digest('hex'),
  };
}
