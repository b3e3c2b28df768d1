#!/usr/bin/env python3
"""SSIM of two pictures on grey 480x270 copies (ImageMagick makes the grey
PGM; the SSIM is Wang et al.'s, on 8x8 windows with a stride of 4), in pure
Python so that the benchmark needs nothing beyond Debian's python3 and
imagemagick. Usage: marp_ssim.py a.png b.png  ->  prints the SSIM."""
import subprocess
import sys

W, H = 480, 270


def grey(path):
    pgm = subprocess.run(['convert', path, '-flatten', '-colorspace', 'gray',
                          '-resize', f'{W}x{H}!', '-depth', '8', 'pgm:-'],
                         check=True, capture_output=True).stdout
    # P5\n<w> <h>\n<max>\n<bytes>
    parts = pgm.split(b'\n', 3)
    return parts[3][:W * H]


def ssim(a, b, win=8, step=4):
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    total, count = 0.0, 0
    n = win * win
    for y in range(0, H - win + 1, step):
        for x in range(0, W - win + 1, step):
            sa = sb = saa = sbb = sab = 0
            for r in range(y, y + win):
                row = r * W
                pa = a[row + x:row + x + win]
                pb = b[row + x:row + x + win]
                for va, vb in zip(pa, pb):
                    sa += va
                    sb += vb
                    saa += va * va
                    sbb += vb * vb
                    sab += va * vb
            ma, mb = sa / n, sb / n
            va, vb = saa / n - ma * ma, sbb / n - mb * mb
            cov = sab / n - ma * mb
            total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2))
            count += 1
    return total / count


if __name__ == '__main__':
    print(f'{ssim(grey(sys.argv[1]), grey(sys.argv[2])):.4f}')
