#!/usr/bin/env python3
"""Write nbs/sidebar.yml: the docs site's sidebar, the course in its order, in sections.

A notebook's section comes from its number, so a new notebook lands in the right place without editing this
file; CI checks that the committed sidebar equals what this script writes and lists every notebook.
"""
import re
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nbs = root / 'nbs'
SECTIONS = [  # (title, first, last): notebook `NNx_name` belongs where (NN, x) falls, e.g. 06b_recipes -> (6, 'b')
    ('Foundations: the mathematics and the samplers', (0, ''), (3, 'z')),
    ("DiffiT's architecture", (4, ''), (6, 'a')),
    ('Training in pixel space', (6, 'b'), (7, 'z')),
    ('Latent DiffiT (ImageNet)', (8, ''), (10, 'z')),
    ('Measuring and exploring', (11, ''), (99, 'z')),
]

def key(p: Path):
    m = re.match(r'(\d+)([a-z]?)_', p.name)
    return (int(m.group(1)), m.group(2), p.name)

course = sorted((p for p in nbs.glob('[0-9]*.ipynb')), key=key)
lines = ['website:', '  sidebar:', '    contents:', '      - index.ipynb']
for title, lo, hi in SECTIONS:
    part = [p for p in course if lo <= key(p)[:2] <= hi]
    if part:
        lines += [f'      - section: "{title}"', '        contents:'] + [f'          - {p.name}' for p in part]
ex = sorted((nbs / 'exercises').glob('*.ipynb'))
sol = sorted((nbs / 'exercises' / 'solutions').glob('*.ipynb'))
if ex:
    lines += ['      - section: "Exercises"', '        contents:'] + [f'          - exercises/{p.name}' for p in ex]
if sol:
    lines += ['          - section: "Solutions"', '            contents:'] + [f'              - exercises/solutions/{p.name}' for p in sol]
(nbs / 'sidebar.yml').write_text('\n'.join(lines) + '\n', encoding='utf-8')
print(f"wrote {nbs / 'sidebar.yml'}: {len(course)} course notebooks, {len(ex)} exercise sets, {len(sol)} solutions")
