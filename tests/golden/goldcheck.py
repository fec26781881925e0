"""A small scorer of our own for the golden tests.

Compares one article's extracted facts (``Facts.to_dict()``) with a gold file
in the format of /work/shared/eval/FORMAT.md, on three measures:

- entities: distinct PER/ORG/LOC entities matched one-to-one by name; a
  predicted entity matches a gold one when any of its names (name or alias)
  equals any gold alias after normalisation (lower case, ё→е, quotes
  dropped, spaces collapsed). Type is not compared.
- project detection: a predicted project matches a gold one when one of the
  gold ``object_keys`` occurs in its lower-cased name; matching is
  one-to-one, recall is over non-optional gold projects.
- quote recall: a gold quote is found when a predicted quote's words overlap
  it with Jaccard >= 0.5 (one-to-one); recall is over non-optional quotes.

Counts are returned per article so callers can add them up (micro average).
This is deliberately simpler than the shared scorer: it guards against
regressions, it is not the headline metric.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

ENTITY_TYPES = {"PER", "ORG", "LOC"}
LOC_LIKE = {"GPE", "COUNTRY", "CITY", "REGION", "STATE_OR_PROVINCE"}
QUOTE_CHARS = "«»\"“”„‟'‘’‚‹›`"
_QUOTE_TABLE = str.maketrans("", "", QUOTE_CHARS)
_WORD = re.compile(r"\w+")
JACCARD_MIN = 0.5


def norm(name: str) -> str:
    """Name for comparison: lower case, ё→е, quotes dropped, spaces collapsed."""
    s = str(name).lower().replace("ё", "е").translate(_QUOTE_TABLE)
    return " ".join(s.split())


def gold_aliases(value) -> set[str]:
    """Normalised alias set of a gold name: "A|B|C" or {"name", "aliases"}."""
    if value is None:
        return set()
    if isinstance(value, dict):
        names = [value.get("name") or ""] + list(value.get("aliases") or [])
        out: set[str] = set()
        for n in names:
            out |= gold_aliases(n)
        return out
    return {norm(a) for a in str(value).split("|") if norm(a)}


def pred_names(value) -> set[str]:
    """Normalised names of a predicted entity or REF (string or object)."""
    if value is None:
        return set()
    if isinstance(value, dict):
        names = [value.get("name") or ""] + list(value.get("aliases") or [])
    else:
        names = [str(value)]
    return {norm(n) for n in names if norm(n)}


def words(text: str) -> set[str]:
    return set(_WORD.findall(str(text).lower().replace("ё", "е")))


def jaccard(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    if not wa and not wb:
        return 1.0
    return len(wa & wb) / len(wa | wb)


def max_matching(gold: Sequence, pred: Sequence, ok: Callable[[object, object], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths): {gold_i: pred_j}."""
    edges = [[j for j, p in enumerate(pred) if ok(g, p)] for g in gold]
    owner: dict[int, int] = {}  # pred_j -> gold_i

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class Counts:
    """Additive counts for one article or a whole set."""
    ent_tp: int = 0
    ent_gold: int = 0
    ent_pred: int = 0
    proj_found: int = 0       # non-optional gold projects detected
    proj_gold: int = 0        # non-optional gold projects
    proj_optional_found: int = 0
    quote_found: int = 0      # non-optional gold quotes found
    quote_gold: int = 0
    quote_pred: int = 0
    missed_entities: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    missed_projects: list[str] = field(default_factory=list)
    missed_quotes: list[str] = field(default_factory=list)

    def __add__(self, other: "Counts") -> "Counts":
        out = Counts()
        for name in self.__dataclass_fields__:
            setattr(out, name, getattr(self, name) + getattr(other, name))
        return out

    @property
    def entity_precision(self) -> float:
        return self.ent_tp / self.ent_pred if self.ent_pred else 1.0

    @property
    def entity_recall(self) -> float:
        return self.ent_tp / self.ent_gold if self.ent_gold else 1.0

    @property
    def entity_f1(self) -> float:
        p, r = self.entity_precision, self.entity_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def project_recall(self) -> float:
        return self.proj_found / self.proj_gold if self.proj_gold else 1.0

    @property
    def quote_recall(self) -> float:
        return self.quote_found / self.quote_gold if self.quote_gold else 1.0

    def summary(self) -> dict[str, float]:
        return {
            "entity_precision": round(self.entity_precision, 4),
            "entity_recall": round(self.entity_recall, 4),
            "entity_f1": round(self.entity_f1, 4),
            "project_recall": round(self.project_recall, 4),
            "quote_recall": round(self.quote_recall, 4),
        }


def gold_entities(gold: dict) -> list[set[str]]:
    ents = gold.get("entities") or {}
    out: list[set[str]] = []
    if isinstance(ents, dict):
        for typ, names in ents.items():
            if typ.upper() in ENTITY_TYPES or typ.upper() in LOC_LIKE:
                out += [a for a in (gold_aliases(n) for n in names) if a]
    else:  # a flat list of {"type", "name", "aliases"}
        for e in ents:
            typ = str(e.get("type", "")).upper()
            if typ in ENTITY_TYPES or typ in LOC_LIKE:
                a = gold_aliases(e)
                if a:
                    out.append(a)
    return out


def pred_entities(pred: dict) -> list[set[str]]:
    out = []
    for e in pred.get("entities") or []:
        typ = str(e.get("type", "")).upper()
        if typ in ENTITY_TYPES or typ in LOC_LIKE:
            names = pred_names(e)
            if names:
                out.append(names)
    return out


_DASHES = str.maketrans({"—": "-", "–": "-", "‑": "-", "−": "-"})


def _key_form(s: str) -> str:
    """Lower case, ё→е, all dashes as "-", spaces collapsed ("Сибири — 2")."""
    return " ".join(str(s).lower().replace("ё", "е").translate(_DASHES).split())


def project_detected(gold_project: dict, pred_project: dict) -> bool:
    name = _key_form(pred_project.get("name") or "")
    keys = [_key_form(k) for k in gold_project.get("object_keys") or []]
    return any(k and k in name for k in keys)


def score(pred: dict, gold: dict) -> Counts:
    """Counts for one article: `pred` is Facts.to_dict(), `gold` a gold file."""
    c = Counts()

    g_ents, p_ents = gold_entities(gold), pred_entities(pred)
    m = max_matching(g_ents, p_ents, lambda g, p: bool(g & p))
    c.ent_tp, c.ent_gold, c.ent_pred = len(m), len(g_ents), len(p_ents)
    c.missed_entities = [sorted(g)[0] for i, g in enumerate(g_ents) if i not in m]
    used = set(m.values())
    c.spurious_entities = [sorted(p)[0] for j, p in enumerate(p_ents) if j not in used]

    g_projs = list(gold.get("projects") or [])
    p_projs = list(pred.get("projects") or [])
    m = max_matching(g_projs, p_projs, project_detected)
    for i, gp in enumerate(g_projs):
        if gp.get("optional"):
            c.proj_optional_found += i in m
            continue
        c.proj_gold += 1
        if i in m:
            c.proj_found += 1
        else:
            c.missed_projects.append(gp.get("object") or "|".join(gp.get("object_keys") or []))

    g_quotes = [q for q in gold.get("quotes") or [] if not q.get("optional")]
    p_quotes = list(pred.get("quotes") or [])
    m = max_matching(g_quotes, p_quotes,
                     lambda g, p: jaccard(g.get("text", ""), p.get("text", "")) >= JACCARD_MIN)
    c.quote_gold, c.quote_pred, c.quote_found = len(g_quotes), len(p_quotes), len(m)
    c.missed_quotes = [q.get("text", "")[:60] for i, q in enumerate(g_quotes) if i not in m]
    return c


def total(counts: Iterable[Counts]) -> Counts:
    out = Counts()
    for c in counts:
        out = out + c
    return out
