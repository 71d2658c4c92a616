"""Generated knowledge bases of any size, and question mixes over them whose answers we know.

A generated knowledge base keeps the real funders, organisations, places and topics and adds more
of each in proportion, then invents projects like the real ones: coined names (BONEBANK,
InnoReAct), acronyms of a full name (BFCC), aliases, dates at year, month or day precision,
funders, leads, partners, places, topics, follow-ups and sub-projects. The YAML it writes passes
`bot.knowledge.parse`: ids and aliases are unique, every reference resolves.

Names are kept apart on purpose: two coined names differ in at least three edits, so a one-letter
typo still points at one project, as it does on the real page. Typo questions are only asked about
such names.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from bot.knowledge import DEFAULT_PATH, KnowledgeBase
from bot.text import normalize
from bot.understanding import entity_index, vocabulary

MIN_EDITS = 3  # coined project names differ from each other in at least this many edits
TYPO_MIN_LENGTH = 7  # only names at least this long get typo questions

_ONSETS = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
           "br", "cl", "cr", "dr", "fl", "gr", "kr", "pl", "pr", "st", "tr", "th", "sk"]
_VOWELS = ["a", "e", "i", "o", "u", "y", "ea", "io"]
_CODAS = ["", "", "", "n", "r", "s", "l", "x", "m", "k", "nd", "rt"]
_STEMS = ["Bio", "Med", "Cell", "Gen", "Neuro", "Onco", "Cardio", "Derma", "Pharma", "Immuno",
          "Osteo", "Vita", "Nano", "Thera", "Diagno", "Sano", "Cura", "Lumi", "Inno", "Nord"]
_ADJECTIVES = ["Baltic", "Nordic", "Northern", "European", "Cross-border", "Regional", "Digital",
               "Clinical", "Translational", "Integrated", "Smart", "Sustainable", "Open", "Joint",
               "Advanced", "Personalised", "Hanseatic", "Maritime", "Scandinavian", "Coastal"]
_FIELDS = ["Fracture", "Bone", "Stem Cell", "Biobank", "Infection", "Hygiene", "Health", "Medtech",
           "Medicine", "Therapy", "Diagnostics", "Imaging", "Ageing", "Cancer", "Cardiology",
           "Neurology", "Vaccine", "Microbiome", "Genomics", "Data", "Robotics", "Nutrition",
           "Dermatology", "Rehabilitation", "Telemedicine", "Sepsis", "Diabetes", "Allergy",
           "Wound Care", "Surgery", "Oncology", "Radiology", "Pathology", "Sensor", "Implant"]
_KINDS = [("Competence Centre", "Kompetenzzentrum"), ("Network", "Netzwerk"),
          ("Alliance", "Allianz"), ("Platform", "Plattform"), ("Hub", "Hub"),
          ("Initiative", "Initiative"), ("Consortium", "Konsortium"),
          ("Partnership", "Partnerschaft"),
          ("Programme", "Programm"), ("Academy", "Akademie"), ("Lab", "Labor"),
          ("Accelerator", "Accelerator"), ("Bridge", "Brücke"), ("Cluster", "Cluster")]
_ORG_TRADES = ["Biotech", "Medical", "Diagnostics"]
_ORG_FORMS = ["GmbH", "AG", "AB", "ApS", "Oy", "SE", "BV", "Srl"]
_ORG_KINDS = [("University of {c}", "Universität {c}"),
              ("{c} University Hospital", "Uniklinik {c}"),
              ("{c} Institute of Technology", "Technische Hochschule {c}"),
              ("{c} Health Cluster", "Gesundheitscluster {c}")]
_ROLES = [("coordinator", "Koordinator"), ("research partner", "Forschungspartner"),
          ("cluster partner", "Clusterpartner"), ("associated partner", "assoziierter Partner"),
          ("project partner", "Projektpartner"), ("industry partner", "Industriepartner")]
_FUND_KINDS = ["programme", "fund", "public body", "foundation"]


# --------------------------------------------------------------------------- names


class _Names:
    """Hands out names whose normalised keys are unique across every kind of entity."""

    def __init__(self, taken: set[str], rng: random.Random) -> None:
        self.taken = set(taken)
        self.rng = rng
        self.coined: dict[int, list[str]] = {}  # key length -> coined project keys

    def claim(self, name: str) -> bool:
        """Take a name if its key is free; False if it isn't."""
        key = normalize(name)
        if not key or key in self.taken:
            return False
        self.taken.add(key)
        return True

    def syllables(self, count: int) -> str:
        rng = self.rng
        parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(count)]
        return "".join(parts) + rng.choice(_CODAS)

    def coined_project(self, common: frozenset[str]) -> str:
        """A coined name, at least MIN_EDITS edits from every other coined project name."""
        while True:
            word = self.syllables(self.rng.choice((2, 3, 3, 4)))
            if self.rng.random() < 0.4:
                word = self.rng.choice(_STEMS).lower() + self.syllables(self.rng.choice((1, 2)))
            key = normalize(word)
            if len(key) < 6 or key in common or not self._far(key):
                continue
            if self.claim(word):
                self.coined.setdefault(len(key), []).append(key)
                return self._style(word)

    def _far(self, key: str) -> bool:
        for length in range(len(key) - MIN_EDITS + 1, len(key) + MIN_EDITS):
            bucket = self.coined.get(length)
            if bucket and process.extractOne(key, bucket, scorer=Levenshtein.distance,
                                             score_cutoff=MIN_EDITS - 1):
                return False
        return True

    def _style(self, word: str) -> str:
        roll = self.rng.random()
        if roll < 0.45:
            return word.upper()
        if roll < 0.75:
            return word.capitalize()
        cut = self.rng.randrange(2, len(word) - 2)
        return word[:cut].capitalize() + word[cut:].capitalize()  # InnoReAct style

    def unique(self, make: Any, tries: int = 50) -> str | None:
        """The first name from make() that is free, or None."""
        for _ in range(tries):
            name = make()
            if self.claim(name):
                return name
        return None


def _acronym(full_name: str) -> str:
    return "".join(w[0] for w in full_name.replace("-", " ").split() if w[0].isalpha()).upper()


# --------------------------------------------------------------------------- entities


@dataclass
class _Pools:
    """The ids that generated projects may refer to."""

    funders: list[str]
    organisations: list[str]
    countries: list[str]
    cities: list[str]
    regions: list[str]
    topics: list[str]
    lead: str  # Life Science Nord itself


def _real_sections() -> dict[str, Any]:
    return yaml.load(DEFAULT_PATH.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def _extra_places(data: dict[str, Any], names: _Names, count: int) -> None:
    for i in range(count):
        city = names.unique(lambda: names.syllables(2).capitalize() + "borg")
        if city:
            data["places"].append({"id": f"city-{i}", "kind": "city",
                                   "name": {"en": city, "de": city}, "aliases": [city]})


def _extra_organisations(data: dict[str, Any], names: _Names, count: int) -> None:
    cities = [p["name"]["en"] for p in data["places"] if p["kind"] == "city"]
    for i in range(count):
        if i % 3:
            name = names.unique(lambda: f"{names.syllables(2).capitalize()} "
                                        f"{names.rng.choice(_ORG_TRADES)} "
                                        f"{names.rng.choice(_ORG_FORMS)}")
            aliases = []
        else:
            en, de = names.rng.choice(_ORG_KINDS)
            city = names.rng.choice(cities)
            name = names.unique(lambda en=en, city=city: en.format(c=city), tries=1)
            aliases = [a for a in [de.format(c=city)] if name and names.claim(a)]
        if name:
            data["organisations"].append({"id": f"org-{i}", "name": name, "aliases": aliases})


def _extra_funders(data: dict[str, Any], names: _Names, count: int) -> None:
    parents = [f["id"] for f in data["funders"] if f["kind"] in ("fund", "programme family")]
    for i in range(count):
        word = names.syllables(2).upper()
        name = names.unique(lambda word=word: f"{word} Programme", tries=1)
        if not name:
            continue
        aliases = [a for a in (word, f"{word} Programm") if names.claim(a)]
        funder: dict[str, Any] = {"id": f"funder-{i}", "kind": names.rng.choice(_FUND_KINDS),
                                  "name": {"en": name, "de": f"{word}-Programm"},
                                  "aliases": aliases}
        names.claim(f"{word}-Programm")
        if names.rng.random() < 0.5:
            funder["part_of"] = [names.rng.choice(parents)]
        data["funders"].append(funder)


def _extra_topics(data: dict[str, Any], names: _Names, count: int) -> None:
    for i in range(count):
        en = names.unique(lambda: f"{names.rng.choice(_FIELDS).lower()} "
                                  f"{names.syllables(2)}")
        if en:
            data["topics"].append({"id": f"topic-{i}", "name": {"en": en, "de": en},
                                   "aliases": []})


def _pools(data: dict[str, Any]) -> _Pools:
    places = data["places"]
    return _Pools(
        funders=[f["id"] for f in data["funders"]],
        organisations=[o["id"] for o in data["organisations"] if not o.get("self")],
        countries=[p["id"] for p in places if p["kind"] == "country"],
        cities=[p["id"] for p in places if p["kind"] == "city"],
        regions=[p["id"] for p in places if p["kind"] == "region"],
        topics=[t["id"] for t in data["topics"]],
        lead=next(o["id"] for o in data["organisations"] if o.get("self")),
    )


# --------------------------------------------------------------------------- projects


def _date(rng: random.Random, year: int) -> tuple[str, tuple[int, int, int]]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    roll = rng.random()
    if roll < 0.2:
        return f"{year}", (year, 1, 1)
    if roll < 0.6:
        return f"{year}-{month:02d}", (year, month, 1)
    return f"{year}-{month:02d}-{day:02d}", (year, month, day)


def _dates(rng: random.Random) -> dict[str, Any]:
    start, (year, month, _) = _date(rng, rng.randint(1995, 2023))
    out: dict[str, Any] = {"start": start}
    if rng.random() < 0.9:
        months = rng.choice((12, 18, 24, 30, 36, 42, 48, 60))
        total = year * 12 + month - 1 + months
        end, _ = _date(rng, total // 12)
        if end < start:
            end = start[:4]
        out["end"] = end
        if rng.random() < 0.2:
            out["duration_months"] = months
    return out


def _text(en: str, de: str) -> dict[str, str]:
    return {"en": en, "de": de}


def _project(i: int, names: _Names, pools: _Pools, common: frozenset[str]) -> dict[str, Any]:
    rng = names.rng
    adjective, field, (kind_en, kind_de) = (rng.choice(_ADJECTIVES), rng.choice(_FIELDS),
                                            rng.choice(_KINDS))
    full_en = f"{adjective} {field} {rng.choice(_FIELDS)} {kind_en}"
    full_en = full_en if names.claim(full_en) else ""
    acronym = _acronym(full_en) if full_en else ""
    use_acronym = bool(acronym) and rng.random() < 0.3 and names.claim(acronym)
    name = acronym if use_acronym else names.coined_project(common)
    project: dict[str, Any] = {"id": f"p{i:05d}", "name": name}
    aliases = [a for a in (f"{name} project", f"{name} Projekt") if names.claim(a)]
    if full_en:
        full_de = f"{adjective} {field} {kind_de}" if rng.random() < 0.3 else full_en
        full_de = full_de if full_de == full_en or names.claim(full_de) else full_en
        project["full_name"] = _text(full_en, full_de)
        if not use_acronym and len(acronym) >= 4 and rng.random() < 0.5 and names.claim(acronym):
            aliases.append(acronym)
    project["aliases"] = aliases
    project.update(_dates(rng))
    _people(project, rng, pools)
    _places_and_money(project, rng, pools)
    project["topics"] = rng.sample(pools.topics, rng.randint(1, 3))
    project["summary"] = _text(f"A {field.lower()} {kind_en.lower()} of {name}.",
                               f"Ein Projekt ({kind_de}) zu {field} namens {name}.")
    for key, (en, de) in (("goals", ("To improve", "Zu verbessern")),
                          ("activities", ("It brought together", "Es brachte zusammen")),
                          ("results", ("A new", "Ein neues"))):
        if rng.random() < 0.8:
            project[key] = _text(f"{en} {field.lower()} in the region.",
                                 f"{de}: {field} in der Region.")
    return project


def _people(project: dict[str, Any], rng: random.Random, pools: _Pools) -> None:
    if rng.random() < 0.85:
        project["lead"] = [rng.choice([pools.lead, *rng.sample(pools.organisations, 2)])]
    partners = rng.sample(pools.organisations, rng.randint(0, 6))
    if partners:
        project["partners"] = [{"org": org, "role": _text(*rng.choice(_ROLES))}
                               for org in partners]
        project["counts"] = {"organisations": len(partners) + 1}
    if rng.random() < 0.6:
        project["lsn_role"] = _text("Life Science Nord took part.",
                                    "Life Science Nord war beteiligt.")


def _places_and_money(project: dict[str, Any], rng: random.Random, pools: _Pools) -> None:
    project["countries"] = rng.sample(pools.countries, rng.randint(1, 4))
    if rng.random() < 0.5:
        project["cities"] = rng.sample(pools.cities, rng.randint(1, 2))
    if rng.random() < 0.4:
        project["regions"] = [rng.choice(pools.regions)]
    funders = rng.sample(pools.funders, rng.randint(1, 3))
    project["funding"] = [{"funder": f} for f in funders]
    if rng.random() < 0.4:
        project["amounts"] = [{"value": rng.randrange(50, 5000) * 1000, "currency": "EUR",
                               "approx": rng.random() < 0.3, "from": [funders[0]]}]


def _relate(projects: list[dict[str, Any]], rng: random.Random) -> None:
    """Some follow-ups and some sub-projects, as on the real page."""
    ids = [p["id"] for p in projects]
    for i, project in enumerate(projects):
        if i and rng.random() < 0.05:
            earlier = projects[rng.randrange(i)]
            project["follows"] = earlier["id"]
            earlier.setdefault("continued_by", []).append(project["id"])
        elif i and rng.random() < 0.03:
            project["part_of"] = rng.choice(ids[:i])


def generate(size: int, seed: int = 1) -> str:
    """YAML text of a knowledge base with `size` projects, deterministic for a seed."""
    rng = random.Random(seed * 1_000_003 + size)
    data = _real_sections()
    data.pop("page", None)  # invented projects rest on no page, so they carry no evidence
    vocab = vocabulary()
    taken = {normalize(n) for n in _all_names(data)} | set(vocab.common) | set(vocab.intents)
    names = _Names(taken, rng)
    _extra_places(data, names, max(0, size // 50))
    _extra_organisations(data, names, max(0, size // 20))
    _extra_funders(data, names, max(0, size // 100))
    _extra_topics(data, names, max(0, size // 100))
    pools = _pools(data)
    data["projects"] = [_project(i, names, pools, vocab.common) for i in range(size)]
    _relate(data["projects"], rng)
    return yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False,
                     width=10_000)


def _all_names(data: dict[str, Any]) -> Iterator[str]:
    for section in ("funders", "places", "topics", "organisations", "projects"):
        for record in data.get(section, []):
            name = record["name"]
            yield from ([name["en"], name["de"]] if isinstance(name, dict) else [name])
            yield from record.get("aliases", [])
            full = record.get("full_name")
            if full:
                yield from (full["en"], full["de"])


def write(size: int, folder: Path, seed: int = 1) -> Path:
    """Write (once) the generated knowledge base of a size to a file and return its path."""
    path = folder / f"kb-{size}-{seed}.yaml"
    if not path.exists():
        path.write_text(generate(size, seed), encoding="utf-8")
    return path


if __name__ == "__main__":  # python -m benchmarks.generate SIZE FOLDER: write it, print the path
    print(write(int(sys.argv[1]), Path(sys.argv[2])))


# --------------------------------------------------------------------------- questions


@dataclass(frozen=True)
class Question:
    """One message (or the turns of a dialog) and what the last turn must get."""

    turns: tuple[str, ...]
    intent: str
    projects: tuple[str, ...]  # empty: any (list and count questions)


_ABOUT = {
    "overview": [("en", "What is {n}?"), ("en", "Tell me about {n}"), ("de", "Was ist {n}?"),
                 ("de", "Erzähl mir von {n}")],
    "start": [("en", "When did {n} start?"), ("de", "Wann begann {n}?")],
    "end": [("en", "When did {n} end?"), ("de", "Wann endete {n}?")],
    "dates": [("en", "When did {n} run?"), ("de", "In welchem Zeitraum lief {n}?")],
    "funding": [("en", "Who funded {n}?"), ("de", "Wer hat {n} gefördert?")],
    "lead": [("en", "Who led {n}?"), ("de", "Wer leitete {n}?")],
    "partners": [("en", "Who were the partners in {n}?"),
                 ("de", "Wer waren die Partner von {n}?")],
    "goals": [("en", "What were the goals of {n}?"), ("de", "Was waren die Ziele von {n}?")],
    "places": [("en", "In which countries was {n} active?"),
               ("de", "In welchen Ländern war {n}?")],
}
_FOLLOW_UPS = [("en", "And {n}?"), ("de", "Und {n}?")]
_COLLECTIONS = [
    ("count", "en", "How many projects were funded by {f}?"),
    ("count", "de", "Wie viele Projekte wurden von {f} gefördert?"),
    ("list", "en", "Which projects started in {y}?"),
    ("list", "de", "Welche Projekte endeten {y}?"),
]


def _typo(name: str, rng: random.Random) -> str:
    """One edit inside a word: swap two letters, drop one or double one. One edit as the bot
    sees it: a swap that makes "ue" out of "u…e" folds like "ü" and so counts as more."""
    key = normalize(name)
    while True:
        i = rng.randrange(1, len(name) - 2)
        roll = rng.random()
        if roll < 0.4:
            typo = name[:i] + name[i + 1] + name[i] + name[i + 2:]
        elif roll < 0.7:
            typo = name[:i] + name[i + 1:]
        else:
            typo = name[:i] + name[i] + name[i:]
        if OSA.distance(normalize(typo), key) == 1:
            return typo


def _spellings(project: Any, rng: random.Random) -> list[tuple[str, bool]]:
    """Ways to name a project: (text, is it a typo)."""
    out = [(project.name, False)]
    out += [(a, False) for a in project.aliases]
    if project.full_name:
        out.append((project.full_name.en, False))
    key = normalize(project.name)
    if len(key) >= TYPO_MIN_LENGTH and key.isalpha() and " " not in project.name:
        out.append((_typo(project.name, rng), True))
    return out


def questions(kb: KnowledgeBase, count: int, seed: int = 7) -> list[Question]:
    """A mix of project questions (some with typos), follow-up dialogs, lists and counts."""
    rng = random.Random(seed)
    projects = [p for p in kb.projects.values() if not p.follow_up_only]
    funders = [f for f in kb.funders.values() if f.aliases]
    years = sorted({p.start.year for p in projects if p.start})
    out: list[Question] = []
    for i in range(count):
        roll = i % 20
        if roll == 19:
            intent, lang, template = rng.choice(_COLLECTIONS)
            funder = rng.choice(funders)
            text = template.format(f=rng.choice(funder.aliases), y=rng.choice(years))
            out.append(Question((text,), intent, ()))
            continue
        project = rng.choice(projects)
        intent = rng.choice(sorted(_ABOUT))
        lang, template = rng.choice(_ABOUT[intent])
        spelled, _ = rng.choice(_spellings(project, rng))
        if roll in (17, 18):
            other = rng.choice(projects)
            first = template.format(n=rng.choice(_spellings(other, rng))[0])
            follow = next(t for lng, t in _FOLLOW_UPS if lng == lang).format(n=spelled)
            out.append(Question((first, follow), intent, (project.id,)))
        else:
            out.append(Question((template.format(n=spelled),), intent, (project.id,)))
    return out


def check(reply: Any, question: Question) -> bool:
    """Did the last turn get the intent and projects the question asked for?"""
    if reply.intent != question.intent:
        return False
    return not question.projects or set(reply.projects) == set(question.projects)


def index_size(kb: KnowledgeBase) -> int:
    """How many names the entity index holds (for the report)."""
    return len(entity_index(kb).exact)


