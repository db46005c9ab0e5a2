"""The rotation MILP: variables, objective and constraints (docs/rotation-optimiser.md), as
sparse rows with a label per rule, for planner.suggest.solver."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from planner.lineup import BENCH
from planner.rules import limits
from planner.suggest.instance import ANY_SLOT, FixtureData, Instance
from planner.suggest.readiness import ByTriple
from planner.suggest.weeks import (
    PRICING_BUDGET,
    Pattern,
    add_week_patterns,
    blocks,
    most_patterns,
)
from planner.wording import Message
from planner.wording.suggest import rule_case

Terms = dict[int, float]


@dataclass
class _Rows:
    """Sparse constraint rows, each tagged with the rule (group) and the case (label) it states."""

    cols: list[int] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    vals: list[float] = field(default_factory=list)
    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    tags: list[tuple[str, str]] = field(default_factory=list)
    words: dict[str, Message] = field(default_factory=dict)  # a rule's label, worded

    def add(self, terms: Terms, lower: float, upper: float, group: str, label: str = "") -> int:
        """Add a row; its index."""
        row = len(self.lower)
        for col, val in terms.items():
            if val:
                self.rows.append(row)
                self.cols.append(col)
                self.vals.append(val)
        self.lower.append(lower)
        self.upper.append(upper)
        self.tags.append((group, label))
        return row


class OutOfTime(Exception):
    """The model could not be built before its deadline."""


# stint columns (with their rows) built per second on a slow machine, to judge beforehand
# whether a model can be built in the time left (docs/rotation-optimiser.md, "Scale")
COLUMNS_PER_SECOND = 20_000


def model_seconds(inst: Instance) -> float:
    """About how long the exact model of inst takes to build: its stint columns (one per
    candidate, role he can play and stint) at COLUMNS_PER_SECOND."""
    columns = 0
    index = inst.readiness.index.players
    for fx in inst.fixtures:
        rows = np.array([index[pid] for pid in fx.candidates], dtype=np.int64)
        fitting = sum(int(np.isfinite(inst.strengths(role)[rows]).sum()) for role in fx.roles)
        columns += fitting * len(fx.stints)
    return columns / COLUMNS_PER_SECOND


@dataclass
class Model:
    """The MILP with the maps from its columns back to the football."""

    cost: list[float] = field(default_factory=list)
    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    integer: list[int] = field(default_factory=list)
    rows: _Rows = field(default_factory=_Rows)
    # (fixture index, player, role, stint index) -> column
    stint: dict[tuple[int, str, str, int], int] = field(default_factory=dict)
    key_of: dict[int, tuple[int, str, str, int]] = field(default_factory=dict)
    bench: dict[tuple[int, str], int] = field(default_factory=dict)
    formulation: str = "pairwise"
    block_of: dict[int, int] = field(default_factory=dict)  # fixture -> its block's first
    # week patterns: each player's "one week" row, the rows linking patterns to stints
    # (fixture index, player, stint index), and each pattern column's player and pattern
    week_row: dict[str, int] = field(default_factory=dict)
    link_row: dict[tuple[int, str, int], int] = field(default_factory=dict)
    pattern_of: dict[int, tuple[str, tuple[int | None, ...]]] = field(default_factory=dict)
    deadline: float = float("inf")  # time.perf_counter() by which it must be built

    def check_time(self) -> None:
        """Raise OutOfTime once the deadline has passed."""
        if time.perf_counter() > self.deadline:
            raise OutOfTime

    def same_block(self, f: int, g: int) -> bool:
        """Whether block patterns already price the pair of fixtures f and g."""
        return f in self.block_of and self.block_of.get(g) == self.block_of[f]

    def var(self, cost: float, lower: float = 0.0, upper: float = 1.0, integer: bool = True) -> int:
        self.cost.append(cost)
        self.lower.append(lower)
        self.upper.append(upper)
        self.integer.append(int(integer))
        return len(self.cost) - 1


def build_model(
    inst: Instance,
    skip: frozenset[str] = frozenset(),
    *,
    formulation: str | None = None,
    pool: dict[str, set[Pattern]] | None = None,
    deadline: float = float("inf"),
) -> Model:
    """The MILP for inst (docs/rotation-optimiser.md), formulated as `formulation` (None: as
    inst.options says; "auto" picks by size): "patterns" prices each player's whole week,
    "columns" the same with only the week patterns in pool (column generation adds more),
    "blocks" his weeks within blocks of a few fixtures and the rest pairwise, "pairwise" every
    pair of matches in rows. Rows whose group or label is in skip are left out (diagnosis).
    OutOfTime when not built by deadline (a time.perf_counter() value)."""
    m = Model(deadline=deadline)
    chosen = formulation or choose_formulation(inst)
    m.formulation = chosen
    whole_weeks = chosen in ("patterns", "columns")
    expr = _Expressions(inst, m, minutes_columns=not whole_weeks)
    for fx in inst.fixtures:
        m.check_time()
        _lineup_rules(inst, m, fx, expr)
    if whole_weeks:
        add_week_patterns(inst, m, expr, inst.fixtures, with_rules=True, pool=pool)
    else:
        for block in blocks(inst) if chosen == "blocks" else []:
            add_week_patterns(inst, m, expr, block, with_rules=False)
            m.block_of.update(dict.fromkeys((fx.index for fx in block), block[0].index))
        _fatigue_terms(inst, m, expr)
        _risk_rules(inst, m, expr)
        _minutes_targets(inst, m, expr)
    if skip:
        keep = [i for i, tag in enumerate(m.rows.tags) if not (set(tag) & skip)]
        _keep_rows(m.rows, keep)
    return m


def choose_formulation(inst: Instance) -> str:
    """The formulation the options ask for; "auto": column generation over whole-week
    patterns while one player's patterns fit the pricing arrays (ten fixtures with one
    change minute), else blocks."""
    chosen = inst.options.formulation
    if chosen == "auto":
        return "columns" if most_patterns(inst) <= PRICING_BUDGET else "blocks"
    return chosen


class _Expressions:
    """Linear expressions shared by several rules: starts, comes on, minutes, 45+ minutes."""

    def __init__(self, inst: Instance, m: Model, *, minutes_columns: bool) -> None:
        """minutes_columns: a column per player and fixture for his minutes (the rows that
        price fatigue pairwise and state the rules use it; week patterns do not)."""
        self.start: dict[tuple[int, str], Terms] = defaultdict(dict)
        self.on: dict[tuple[int, str], Terms] = defaultdict(dict)
        self.minutes: dict[tuple[int, str], Terms] = defaultdict(dict)
        self.long: dict[tuple[int, str], Terms] = defaultdict(dict)
        self.by_stint: dict[tuple[int, str, int], Terms] = defaultdict(dict)
        self.played: dict[tuple[int, str], int] = {}
        self.played_at: dict[int, int] = {}  # minutes column -> fixture index
        long_minutes = inst.plan.params.back_to_back_minutes
        o = inst.options
        for fx in inst.fixtures:
            m.check_time()
            f = fx.index
            for pid in fx.candidates:
                history_long = pid in fx.history_long
                for role in fx.roles:
                    if inst.fit(pid, role) <= 0:
                        continue
                    for k, st in enumerate(fx.stints):
                        if role == "GK" and st.kind != "full":
                            continue  # goalkeepers are not rotated during a match
                        if st.starts and pid in fx.no_start:
                            continue
                        value = inst.stint_value(pid, fx, role, st.share, st.tiring)
                        if history_long and st.minutes >= long_minutes:
                            value -= inst.back_to_back_cost(fx, pid)
                        col = m.var(-value)
                        m.stint[(f, pid, role, k)] = col
                        m.key_of[col] = (f, pid, role, k)
                        (self.start if st.starts else self.on)[(f, pid)][col] = 1.0
                        self.minutes[(f, pid)][col] = st.minutes
                        self.by_stint[(f, pid, k)][col] = 1.0
                        if st.minutes >= long_minutes:
                            self.long[(f, pid)][col] = 1.0
                rating = inst.player(pid).rating
                m.bench[(f, pid)] = m.var(-o.bench_rating_bonus * rating)
                if not minutes_columns:
                    continue
                # one column for the minutes played keeps the fatigue rows short
                most = max(s.minutes for s in fx.stints)
                played = m.var(0.0, 0.0, most, integer=False)
                self.played[(f, pid)] = played
                self.played_at[played] = f
                m.rows.add({**self.minutes[(f, pid)], played: -1.0}, 0, 0, "lineup")

    def carried(self, inst: Instance, fx: FixtureData, pid: str, per_minute: ByTriple) -> Terms:
        """What the planned minutes before fx add to a linear load term at its kickoff."""
        total: Terms = {}
        for g in inst.fixtures[: fx.index]:
            coef = per_minute.get((pid, g.fixture.id, fx.fixture.id), 0.0)
            if coef and (g.index, pid) in self.played:
                total[self.played[(g.index, pid)]] = coef
        return total


def _lineup_rules(inst: Instance, m: Model, fx: FixtureData, e: _Expressions) -> None:
    f, label = fx.index, fx.fixture.label
    by_role: dict[tuple[str, str, int], Terms] = defaultdict(dict)  # (role, kind, minute)
    for (g, _pid, role, k), col in m.stint.items():
        if g == f:
            st = fx.stints[k]
            by_role[(role, "start" if st.starts else "on", 0)][col] = 1.0
            if st.kind != "full":
                by_role[(role, st.kind, st.minute)][col] = 1.0
    for role, count in fx.roles.items():
        m.rows.add(by_role[(role, "start", 0)], count, count, "lineup", f"{role} for {label}")
        for minute in fx.change_minutes:
            pair = dict(by_role[(role, "on", minute)])
            pair.update({c: -1.0 for c in by_role[(role, "off", minute)]})
            m.rows.add(pair, 0, 0, "lineup")
    for pid in fx.candidates:
        b = m.bench[(f, pid)]
        m.rows.add({**e.start[(f, pid)], b: 1.0}, 0, 1, "lineup")
        m.rows.add({**e.on[(f, pid)], b: -1.0}, -np.inf, 0, "lineup")
    m.rows.add(
        {m.bench[(f, pid)]: 1.0 for pid in fx.candidates},
        fx.bench_target,
        fx.bench_target,
        "bench size",
        label,
    )
    offs = {
        col: 1.0 for key, col in m.stint.items() if key[0] == f and fx.stints[key[3]].kind == "off"
    }
    if offs:
        allowed = limits(fx.fixture.rules).substitutes
        m.rows.add(offs, -np.inf, allowed, "substitutions", label)
    keepers = [pid for pid in fx.candidates if "GK" in inst.player(pid).positions]
    if len(keepers) > 1 and fx.bench_target > 0:
        g = m.var(-inst.options.bench_goalkeeper_bonus)
        m.rows.add({g: 1.0, **{m.bench[(f, p)]: -1.0 for p in keepers}}, -np.inf, 0, "lineup")
    for pid, place in sorted(fx.locks.items()):
        row = lock_label(fx, pid)
        if place == BENCH:
            m.rows.add({m.bench[(f, pid)]: 1.0}, 1, 1, "locks", row)
        else:
            cols = {
                c: 1.0
                for c in e.start[(f, pid)]
                if place == ANY_SLOT or m.key_of[c][2] == fx.role_of(place)
            }
            m.rows.add(cols, 1, 1, "locks", row)


def lock_label(fx: FixtureData, pid: str) -> str:
    """The label of the row that states pid's lock for fx (api._why_not reads it back)."""
    return f"lock {pid} @ {fx.fixture.id}"


def _fatigue_terms(inst: Instance, m: Model, e: _Expressions) -> None:
    """Price tiring in a match (its share, the last third counted more) x readiness drop
    exactly, one earlier match at a time: w = Y_k x c x minutes_g (binary x bounded; c >= 0,
    as fatigue only adds)."""
    for fx in inst.fixtures:
        m.check_time()
        f = fx.index
        for pid in fx.candidates:
            mu = inst.fatigue_rate(pid)
            for played, coef in e.carried(inst, fx, pid, inst.readiness.per_minute).items():
                if m.same_block(f, e.played_at[played]):
                    continue
                most = coef * m.upper[played]
                for k, st in enumerate(fx.stints):
                    y = e.by_stint.get((f, pid, k))
                    if not y:
                        continue
                    w = m.var(mu * fx.weight * st.tiring, 0.0, most, False)
                    # w >= coef x minutes_g - most x (1 - Y_k)
                    terms = {played: coef, w: -1.0, **{col: most for col in y}}
                    m.rows.add(terms, -np.inf, most, "fatigue")
            previous = fx.previous
            if previous is not None and not m.same_block(f, previous):
                earlier, now = e.long.get((previous, pid)), e.long.get((f, pid))
                cost = inst.back_to_back_cost(fx, pid)
                if earlier and now and cost:
                    bb = m.var(cost, 0.0, 1.0, False)
                    m.rows.add({**earlier, **now, bb: -1.0}, -np.inf, 1, "fatigue")


def _risk_rules(inst: Instance, m: Model, e: _Expressions) -> None:
    """Key fixtures: no high-risk starter (readiness below red, load ratio in the danger zone)
    as the fatigue table defines it; staff readiness floors: nobody plays below his floor.
    (Back-to-back is priced, not forbidden: forbidding it makes thin squads infeasible.)"""
    red = inst.plan.params.readiness_red
    for fx in inst.fixtures:
        m.check_time()
        f, label = fx.index, fx.fixture.label
        for pid in fx.candidates:
            name = inst.player(pid).name
            base = inst.readiness.base[(pid, fx.fixture.id)]
            drop = e.carried(inst, fx, pid, inst.readiness.per_minute)
            high = inst.most_readiness_drop(pid, fx)
            start = e.start[(f, pid)]
            if fx.key and start:
                case = f"{name} starting {label} without high risk"
                m.rows.words[case] = rule_case("no_high_risk", name, fx.fixture)
                _at_least(m, drop, start, base - red, high, case)
                _load_ratio(inst, m, e, fx, pid, case)
            floor = inst.floors.get(pid)
            plays = {**start, **e.on[(f, pid)]}
            if floor is not None and plays:
                case = f"{name}'s readiness floor {floor:g} for {label}"
                m.rows.words[case] = rule_case("floor", name, fx.fixture, floor=f"{floor:g}")
                _at_least(m, drop, plays, base - floor, high, case, "readiness floors")


def _load_ratio(
    inst: Instance, m: Model, e: _Expressions, fx: FixtureData, pid: str, case: str
) -> None:
    """Starting means acute < danger x max(chronic, floor): one of two linear rows holds,
    chosen by a binary z (z = 1: the chronic load carries the ratio)."""
    terms, fid = inst.readiness, fx.fixture.id
    danger = inst.plan.params.acwr_danger
    acute = e.carried(inst, fx, pid, terms.acute_per_minute)
    most = terms.acute[(pid, fid)] + _most(m, acute)
    over_floor = most - danger * terms.chronic_floor[(pid, fid)]
    over_chronic = most - danger * terms.chronic[(pid, fid)]
    if min(over_floor, over_chronic) <= 0:
        return  # the ratio cannot reach the danger zone
    chronic = e.carried(inst, fx, pid, terms.chronic_per_minute)
    z = m.var(0.0)
    row = {**acute, z: -over_floor}
    m.rows.add(
        row,
        -np.inf,
        danger * terms.chronic_floor[(pid, fid)] - terms.acute[(pid, fid)],
        "key fixture risk",
        case,
    )
    row = dict(acute)
    for col, v in chronic.items():
        row[col] = row.get(col, 0.0) - danger * v
    row[z] = row.get(z, 0.0) + over_chronic
    for col in e.start[(fx.index, pid)]:
        row[col] = row.get(col, 0.0) + over_chronic
    rhs = 2 * over_chronic - terms.acute[(pid, fid)] + danger * terms.chronic[(pid, fid)]
    m.rows.add(row, -np.inf, rhs, "key fixture risk", case)


def _most(m: Model, terms: Terms) -> float:
    """Largest value a carried term (over minutes-played columns) can take."""
    return sum(max(0.0, v) * m.upper[col] for col, v in terms.items())


def _at_least(
    m: Model,
    drop: Terms,
    when: Terms,
    room: float,
    high: float,
    case: str,
    group: str = "key fixture risk",
) -> None:
    """When any column of `when` is chosen, drop <= room (readiness stays above a line)."""
    if room < 0:
        m.rows.add(when, 0, 0, group, case)
        return
    big = max(0.0, high - room)
    if drop and big > 0:
        m.rows.add({**drop, **{c: big for c in when}}, -np.inf, room + big, group, case)


def _minutes_targets(inst: Instance, m: Model, e: _Expressions) -> None:
    for pid, target in sorted(inst.plan.targets.items()):
        total: Terms = {}
        for fx in inst.fixtures:
            total.update(e.minutes.get((fx.index, pid), {}))
        lower = target.minimum if target.minimum is not None else -np.inf
        upper = target.maximum if target.maximum is not None else np.inf
        name = inst.player(pid).name
        case = f"{name}'s minutes target"
        m.rows.words[case] = rule_case("target", name)
        m.rows.add(total, lower, upper, "minutes targets", case)


def _keep_rows(rows: _Rows, keep: list[int]) -> None:
    renumber = {old: new for new, old in enumerate(keep)}
    triples = [
        (renumber[r], c, v)
        for r, c, v in zip(rows.rows, rows.cols, rows.vals, strict=True)
        if r in renumber
    ]
    rows.rows = [t[0] for t in triples]
    rows.cols = [t[1] for t in triples]
    rows.vals = [t[2] for t in triples]
    rows.lower = [rows.lower[i] for i in keep]
    rows.upper = [rows.upper[i] for i in keep]
    rows.tags = [rows.tags[i] for i in keep]
