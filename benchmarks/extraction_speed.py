"""Extraction speed: dispatches per second on ~300-word dispatches, and `extract` start-up on one file.

    uv run python benchmarks/extraction_speed.py [--count 1000] [--passes 3]

Floors measured in the same run, so that the figures can be read on any machine:
- throughput floor: the bare regex tokenizer (re.findall(r"\\w+")) over the same texts, run between every
  20 dispatches extracted, so that the ratio of the two holds on a machine whose speed varies;
- start-up floor: `python -c pass` with the same interpreter.
Targets (issue 3): >= 200 dispatches/s in one process; `extract FILE` under 0.5 s wall.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partnertracker.extraction import extract  # noqa: E402

# Our own ~300-word dispatches (two languages), varied by names and dates so no cache helps.
FRENCH = """date 2025-{month:02d}
Bakou, {day} {month_fr}, AZERTAC

Dans le cadre du renforcement de la coopération avec les entreprises du numérique, Dr Amina {n} Belkadi, Directrice générale de l'Organisation méditerranéenne pour la science et l'innovation (OMSI{n}), a effectué une visite de travail au siège de l'entreprise Kemet{n} Data, situé dans la capitale égyptienne, Le Caire, qui constitue le deuxième site de la société après son campus principal à Alexandrie.

Au cours de la visite, la Directrice générale de l'OMSI{n} a assisté à une présentation de la stratégie de Kemet{n} Data et de ses réalisations en Afrique et dans les États membres de l'Organisation. Elle a salué le rôle de la société dans le soutien à l'éducation numérique, soulignant l'importance d'une coopération dans les domaines de l'intelligence artificielle, de l'informatique et des technologies éducatives, en vue de former les enseignants et de développer les compétences numériques.

Dr Belkadi a affirmé la pleine disposition de l'OMSI{n} à collaborer avec Kemet{n} Data pour faire progresser l'éducation numérique dans les écoles et les universités.

À l'issue de la visite, la Directrice générale de l'Organisation a adressé à la direction de Kemet{n} Data une invitation officielle à visiter le siège de l'OMSI{n} à Tunis, ainsi qu'à participer aux prochaines conférences de l'Organisation, afin d'y présenter ses solutions.

La rencontre s'est déroulée mardi dernier en présence de M. Karim Ould Salem, Chef du Département des partenariats de l'OMSI{n}, et de Mme Leïla Haddad, conseillère.

Les deux parties ont convenu de constituer un groupe de travail conjoint chargé de préparer, d'ici la fin de l'année, un programme de formation destiné aux enseignants de mathématiques et d'informatique de plusieurs pays de la région, ainsi qu'une école d'été consacrée à la programmation et à la robotique éducative pour les jeunes filles des zones rurales. Un premier bilan sera présenté aux États membres lors de la prochaine session du Conseil exécutif de l'Organisation.
"""
ENGLISH = """date 2025-{month:02d}-{day:02d}
RABAT, {month_en} {day} (WAM) -- The Director-General of the Arab Bureau for Digital Learning (ABDL{n}), Dr Samir Haddad, visited Atlas{n} Robotics, a Moroccan maker of classroom robots, in Casablanca on Tuesday, to discuss cooperation in artificial intelligence, computing and teacher training.

On Wednesday, the delegation was received at Mohammed V University in Rabat by its president, Professor Leila Amrani, who presented the university's laboratories and its programmes for doctoral students in engineering and computer science.

The two institutions signed a memorandum of understanding on teacher training, digital skills and educational technology, under which the university will host a summer school for young researchers from member states next year.

Haddad invited the university to take part in the Digital Classroom Forum in Cairo in October, where its teams will present their work on adaptive learning. Amrani accepted the invitation and said a delegation would travel to Cairo.

ABDL{n} and Atlas{n} Robotics agreed to sign a cooperation agreement next month, and both sides agreed to set up a joint working group to prepare a pilot project in twenty schools.

The visit took place in the presence of Mr Khalid Mansouri, Director of Partnerships at ABDL{n}, and Ms Sara Idrissi, adviser to the Director-General.

Officials said the first results of the pilot would be presented to the ministers of education of the region at their annual meeting, with a view to extending the programme to secondary schools and to vocational training centres in the following years. A first report on the pilot schools is expected before the end of the school year.
"""
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def dispatches(count: int) -> list[str]:
    texts = []
    for n in range(count):
        month, day = n % 12 + 1, n % 27 + 1
        template = FRENCH if n % 2 == 0 else ENGLISH
        texts.append(template.format(n=n, month=month, day=day, month_fr=MONTHS_FR[month - 1], month_en=MONTHS_EN[month - 1]))
    return texts


FLOOR_REPEATS = 20  # the floor is ~100x faster: repeated, its share of each chunk is measurable


def one_pass(texts: list[str], chunk: int = 20) -> tuple[float, float, float]:
    """Dispatches per second of extraction (wall, CPU) and of the floor, over the same texts.

    The two alternate every `chunk` dispatches, so that a stretch where the machine runs slow
    slows both, and the ratio of the two holds where each figure alone does not."""
    word = re.compile(r"\w+")
    elapsed = cpu = floor = 0.0
    for first in range(0, len(texts), chunk):
        part = texts[first : first + chunk]
        start, cpu_start = time.perf_counter(), time.process_time()
        for text in part:
            extract(text)
        elapsed += time.perf_counter() - start
        cpu += time.process_time() - cpu_start
        floor_start = time.perf_counter()
        for _ in range(FLOOR_REPEATS):
            for text in part:
                word.findall(text)
        floor += (time.perf_counter() - floor_start) / FLOOR_REPEATS
    return len(texts) / elapsed, len(texts) / cpu, len(texts) / floor


def throughput(texts: list[str], passes: int) -> list[tuple[float, float, float]]:
    """One (extraction, CPU, floor) triple per pass: on a shared machine a pass may run at half
    speed, and the floor measured right after it says so."""
    extract(texts[0])  # first call loads language data and the gazetteer: that is start-up, not throughput
    return [one_pass(texts) for _ in range(passes)]


def wall(command: list[str], runs: int = 5, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bytecode_env(cache: Path, keep: bool) -> dict[str, str]:
    """Compiled modules kept in (and read from) `cache` only: `keep` is an officer's machine, where
    Python keeps what it compiled on the first run; without it, every run compiles every module (as
    in build and CI environments that set PYTHONDONTWRITEBYTECODE)."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not keep:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=3, help="passes over the dispatches; the median is printed")
    args = parser.parse_args()
    texts = dispatches(args.count)
    words = statistics.mean(len(t.split()) for t in texts)
    passes = throughput(texts, args.passes)
    rate, cpu_rate, floor_rate = (statistics.median(p[i] for p in passes) for i in range(3))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dispatch.txt"
        path.write_text(texts[0], encoding="utf-8")
        command = [sys.executable, "-m", "partnertracker", "extract", "--json", str(path)]
        compiling = wall(command, runs=3, env=bytecode_env(Path(folder) / "none", keep=False))
        kept = bytecode_env(Path(folder) / "kept", keep=True)
        wall(command, runs=1, env=kept)  # the first run writes the compiled modules
        startup = wall(command, env=kept)
        bare = wall([sys.executable, "-c", "pass"])
    print(f"dispatches: {len(texts)}, {words:.0f} words on average (French and English)")
    print(f"extraction alone          {rate:8.0f} dispatches/s   (target >= 200/s; wall clock, median of {len(passes)} passes)")
    print(f"  same, per CPU second    {cpu_rate:8.0f} dispatches/s   (what one process does when not sharing the CPU)")
    print(f"floor: regex word split   {floor_rate:8.0f} dispatches/s   (measured between every 20 dispatches of each pass)")
    print("  each pass               " + ", ".join(f"{p[0]:.0f}/s against a floor of {p[2]:,.0f}/s" for p in passes))
    print("  floor / extraction      " + ", ".join(f"{p[2] / p[0]:.1f}" for p in passes) + "   (the machine's speed cancels out)")
    print(f"`extract FILE` start-up   {startup:8.3f} s wall       (target < 0.5 s; modules compiled on the first run, as on any machine)")
    print(f"  same, recompiling       {compiling:8.3f} s wall       (PYTHONDONTWRITEBYTECODE=1: no compiled modules kept)")
    # A pasted report of ~120 KB that repeats the same facts: the stages must stay linear.
    big = "Dr Salim AlMalik, Directeur général de l'ICESCO, a invité Huawei à visiter le siège de l'ICESCO à Rabat. " * 1200
    start = time.perf_counter()
    extract(big)
    print(f"one 120 KB dispatch       {time.perf_counter() - start:8.3f} s          (no target; guards against n² stages)")
    print(f"floor: `python -c pass`   {bare:8.3f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
