"""Properties of matching over views put together from pools of real parts."""
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.registry.match import THRESHOLD, ProjectView, best_match, blocking_keys, merge_views, score

NAMES = ["проект Silleno", "завод по производству полиэтилена", "ГХК Polyethylene",
         "завод полипропилена", "интегрированный газохимический комплекс", "Камбаратинская ГЭС-1",
         "Камбаратинская ГЭС-2", "станция", "второй энергоблок", "первый энергоблок",
         "газопровод «Сила Сибири — 2»", "газопровод «Сила Сибири»", "медный рудник Оюу Толгой",
         "железная дорога Китай — Кыргызстан — Узбекистан", "АЭС", "вторая АЭС в стране",
         "Кольская ВЭС", "солнечная электростанция", ""]
SECTORS = [None, "petrochemicals", "hydro_power", "nuclear", "mining_metals", "wind_power",
           "solar_power", "oil_gas_midstream", "transport_logistics", "chemicals"]
PLACES = [(None, None, None), ("KZ", None, None), ("KZ", "kz-atyrau-region", "kz-atyrau"),
          ("KZ", "kz-atyrau-region", "kz-atyrau-region"), ("KZ", "kz-almaty-region", "улькен"),
          ("KG", "kg-naryn-region", "kg-naryn"), ("KG", None, "токтогульский район"), ("RU", None, None),
          ("MN", None, None), (None, None, "западная сибирь")]
COMPANIES = ["kb:org-kmg", "kb:org-samruk-kazyna", "kb:org-sinopec", "org:kpi", "kb:org-rosatom",
             "kb:org-cnnc", "kb:org-gazprom", "org:lummus technology"]
CAPACITIES = [(1.25e6, "t/yr"), (5e5, "t/yr"), (1860.0, "MW"), (1.86, "GW"), (2400.0, "MW"),
              (5e10, "m3/yr"), (520.0, "km"), (201.0, "MW"), (30000.0, "bbl/d")]
INVESTMENTS = [(7.4e9, "USD"), (7.0e9, "USD"), (2.6e9, "USD"), (2.73e8, "EUR"), (1e12, "KZT")]

views = st.builds(
    lambda name, sector, place, companies, caps, invs: ProjectView(
        name, sector, *place, frozenset(companies), tuple(caps), tuple(invs)),
    st.sampled_from(NAMES), st.sampled_from(SECTORS), st.sampled_from(PLACES),
    st.lists(st.sampled_from(COMPANIES), max_size=3, unique=True),
    st.lists(st.sampled_from(CAPACITIES), max_size=2, unique=True),
    st.lists(st.sampled_from(INVESTMENTS), max_size=2, unique=True))


@settings(max_examples=300, deadline=None)
@given(views, views)
def test_score_is_a_symmetric_probability(a, b):
    p, reason = score(a, b)
    q, _ = score(b, a)
    assert 0.0 <= p <= 1.0 and abs(p - q) < 1e-9
    assert reason


@settings(max_examples=300, deadline=None)
@given(views, views)
def test_what_may_match_shares_a_blocking_key(a, b):
    if score(a, b)[0] >= THRESHOLD:
        assert blocking_keys(a) & blocking_keys(b)
    m = best_match(a, [(1, b)])
    assert m is None or (m.score >= THRESHOLD and blocking_keys(a) & blocking_keys(b))


@settings(max_examples=300, deadline=None)
@given(views, views)
def test_more_agreement_never_lowers_the_score(a, b):
    """Give `a` the companies and figures of `b`: the score can only rise."""
    richer = ProjectView(a.name, a.sector, a.country, a.region, a.location,
                         a.companies | b.companies, a.capacities + b.capacities,
                         a.investments + b.investments)
    assert score(richer, b)[0] >= score(a, b)[0] - 1e-9


@settings(max_examples=200, deadline=None)
@given(st.lists(views, min_size=1, max_size=5))
def test_merge_views_is_stable(vs):
    merged = merge_views(vs)
    assert merge_views([merged]) == merged
    assert merged.companies == frozenset().union(*(v.companies for v in vs))
    assert set(merged.capacities) <= {c for v in vs for c in v.capacities}
    assert set(merged.investments) <= {m for v in vs for m in v.investments}
    for part in merged.name.split(" | "):
        assert any(part in v.name.split(" | ") for v in vs)


def test_shared_companies_weigh_the_same_in_either_order():
    # a group (Росатом) and a plain company shared: the stronger one counts
    # in full whichever set is iterated first (found by the property above)
    from newsfacts.registry import companies
    a = frozenset({"kb:org-rosatom", "org:lummus technology", "kb:org-gazprom"})
    b = frozenset({"org:lummus technology", "kb:org-rosatom", "kb:org-samruk-kazyna"})
    assert companies.evidence(a, b) == companies.evidence(b, a)
    assert companies.evidence(a, b)[0][0] == 1.2 + 0.8 / 2
