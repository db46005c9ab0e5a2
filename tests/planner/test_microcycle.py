"""Planned training (docs/fatigue-model.md, "Planned training"): the template laid on the days
between matches, its load at the next kickoffs checked against the day-by-day loop of
test_fatigue_claims, the optimiser's terms, the plan file."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import Plan, Player, fatigue_table
from planner.errors import PlannerError
from planner.fatigue import fatigue_load_coefficients
from planner.microcycle import planned_rows, training_days
from planner.planfile import plan_from_dict, plan_to_dict
from planner.players import Status
from planner.training import FOCUSES, GROUPS, PlannedSession, TrainingWeek
from planner.wording import word
from tests.planner.test_fatigue_claims import (
    START,
    assert_the_optimiser_agrees,
    direct,
    history,
    sessions,
    week_plan,
)

# The shipped template by hand (planner/data/microcycle.json): load = RPE x minutes.
RECOVERY, COMPENSATION, ACTIVATION = 3 * 45, 6 * 60, 4 * 50
LOADING, TACTICAL_70, TACTICAL_60 = 7 * 75, 6 * 70, 5 * 60


def regulars() -> Plan:
    """a and b play 90 minutes every 7th day up to day 53; a starts the fixture of day 60
    (Friday), b does not; fixtures on days 60, 63 and 67."""
    plan = week_plan({"a": "CM", "b": "ST"}, {"a": (90, 0)})
    plan.set_history(history([(d, p, 90) for d in range(4, 54, 7) for p in ("a", "b")]))
    return plan


def expected_training(pid: str) -> dict[int, float]:
    """Days 54-59: a 7-day gap after day 53 (both started: recovery); 61-62: a 3-day gap
    (no loading day); 64-66: a 4-day gap (MD+2 off) after day 63, whose XI is not picked
    yet: everyone in the heavier group (compensation)."""
    return {
        54: RECOVERY, 56: LOADING, 57: TACTICAL_70, 58: TACTICAL_60, 59: ACTIVATION,
        61: RECOVERY if pid == "a" else COMPENSATION, 62: ACTIVATION,
        64: COMPENSATION, 66: ACTIVATION,
    }  # fmt: skip


def test_the_days_between_matches_get_the_template_with_md_labels() -> None:
    plan = regulars()
    plan.set_training(TrainingWeek())
    labels = {(d.day - START).days: d.label for d in training_days(plan)}
    assert labels == {
        54: "MD+1", 55: "MD+2", 56: "MD+3", 57: "MD-3", 58: "MD-2", 59: "MD-1",
        61: "MD+1", 62: "MD-1", 64: "MD+1", 65: "MD+2", 66: "MD-1",
    }  # fmt: skip


def test_planned_sessions_lower_readiness_by_their_load_as_the_loop_computes() -> None:
    plan = regulars()
    before = fatigue_table(plan)
    plan.set_training(TrainingWeek())
    table = fatigue_table(plan)
    minutes = {"a": {60: 90.0}, "b": {}}
    for pid in ("a", "b"):
        for n in (60, 63, 67):
            acwr, readiness, fatigue = direct(plan, pid, n, minutes[pid], expected_training(pid))
            row = table.loc[(pid, f"f{n}")]
            assert row["readiness"] == pytest.approx(readiness, rel=1e-9, abs=1e-9)
            assert row["acwr"] == pytest.approx(acwr, rel=1e-9, abs=1e-9)
            assert row["fatigue"] == pytest.approx(fatigue, rel=1e-9, abs=1e-9)
            assert row["readiness"] < before.loc[(pid, f"f{n}"), "readiness"]


def test_deleting_a_planned_session_restores_readiness() -> None:
    plan = regulars()
    plan.set_training(TrainingWeek())
    trained = fatigue_table(plan).loc[("b", "f63"), "readiness"]
    monday = START + timedelta(days=61)
    plan.set_training(plan.training.with_days({monday: ()}))  # type: ignore[union-attr]
    without = expected_training("b")
    del without[61]
    _, readiness, _ = direct(plan, "b", 63, {}, without)
    assert fatigue_table(plan).loc[("b", "f63"), "readiness"] == pytest.approx(readiness, 1e-9)
    assert readiness > trained
    before = fatigue_table(regulars())
    plan.set_training(None)
    np.testing.assert_array_equal(fatigue_table(plan)["readiness"], before["readiness"])


def test_recorded_training_replaces_the_planned_session_and_the_injured_rest() -> None:
    plan = regulars()
    plan.add_player(Player("hurt", "Hurt", positions=("CB",), status=Status.INJURED))
    plan.set_sessions(sessions([(61, "a", "training", 30, 2)]))
    plan.set_training(TrainingWeek())
    rows = planned_rows(plan)
    assert "hurt" not in set(rows["player_id"])
    on_61 = rows[rows["date"].dt.date == START + timedelta(days=61)]
    assert set(on_61["player_id"]) == {"b"}
    training = expected_training("a") | {61: 0.0}
    _, readiness, _ = direct(plan, "a", 63, {60: 90.0}, training)
    assert fatigue_table(plan).loc[("a", "f63"), "readiness"] == pytest.approx(readiness, 1e-9)


def whole_squad_week() -> TrainingWeek:
    everyone = (PlannedSession("everyone", "tactical", 60, 5),)
    keepers = (PlannedSession("goalkeepers", "loading", 40, 6),)
    return TrainingWeek({3: {1: everyone + keepers, 2: everyone}, 4: {2: everyone}})


def test_the_optimisers_terms_agree_with_the_table_for_whole_squad_sessions() -> None:
    plan = week_plan({"keeper": "GK", "a": "CM", "b": "ST"}, {"keeper": (90, 90), "a": (90, 0)})
    plan.set_history(history([(d, p, 90) for d in range(4, 54, 7) for p in ("a", "keeper")]))
    plan.set_training(whole_squad_week())
    assert len(planned_rows(plan)) > 0
    assert_the_optimiser_agrees(plan)


def test_the_optimiser_counts_the_heavier_group_when_starters_decide() -> None:
    """Docs: starters' and others' sessions after a planned fixture depend on its lineup; the
    optimiser counts each player in the heavier group, so it never rates him readier than the
    table does, and equally ready where he is in that group (b: not starting, compensation)."""
    plan = regulars()
    plan.set_training(TrainingWeek())
    coefficients = fatigue_load_coefficients(plan)
    table = fatigue_table(plan)
    minutes = table["minutes"].unstack().loc[coefficients.players, coefficients.fixtures]
    readiness = table["readiness"].unstack().loc[coefficients.players, coefficients.fixtures]
    linear = coefficients.readiness(minutes.to_numpy(float))
    assert (linear <= readiness.to_numpy() + 1e-9).all()
    b = coefficients.players.index("b")
    np.testing.assert_allclose(linear[b], readiness.to_numpy()[b], 1e-9)
    a = coefficients.players.index("a")
    assert linear[a, 1] < readiness.to_numpy()[a, 1] - 1  # counted as doing compensation


sessions_strategy = st.lists(
    st.builds(
        PlannedSession,
        st.sampled_from(GROUPS),
        st.sampled_from(FOCUSES),
        st.integers(1, 240),
        st.integers(0, 20).map(lambda r: r / 2),
    ),
    max_size=3,
).map(tuple)
weeks = st.builds(
    TrainingWeek,
    st.dictionaries(
        st.integers(2, 7),
        st.dictionaries(st.integers(1, 1), sessions_strategy, max_size=1),
        max_size=4,
    ),
    st.dictionaries(
        st.integers(50, 66).map(lambda n: START + timedelta(days=n)), sessions_strategy, max_size=4
    ),
)


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.none(), weeks))
def test_the_training_week_survives_a_save_and_load(week: TrainingWeek | None) -> None:
    plan = regulars()
    plan.set_training(week)
    again = plan_from_dict(plan_to_dict(plan))
    assert again.training == plan.training
    np.testing.assert_array_equal(
        fatigue_table(again)["readiness"], fatigue_table(plan)["readiness"]
    )


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (
            lambda t: t["days"]["2025-03-08"][0].__setitem__(3, 12),
            r"training\.days\.2025-03-08\[0\]",
        ),
        (lambda t: t["days"]["2025-03-08"][0].__setitem__(0, "subs"), r"group 'subs'"),
        (lambda t: t["template"].__setitem__("9", {}), r"training\.template\.9"),
        (lambda t: t["days"].__setitem__("someday", []), r"training\.days\.someday"),
    ],
)
def test_a_damaged_training_week_is_named_by_its_json_path(edit, where) -> None:
    plan = regulars()
    plan.set_training(
        TrainingWeek(days={date(2025, 3, 8): (PlannedSession("everyone", "tactical", 60, 5),)})
    )
    data = plan_to_dict(plan)
    edit(data["training"])
    with pytest.raises(PlannerError, match=where):
        plan_from_dict(data)


def test_the_reason_names_training_when_it_drives_the_flag() -> None:
    """Two hard sessions (RPE 8 x 120') on days 61 and 62: b, who does not play on day 60,
    is red for day 63 from training alone (2 x 960 = 1,920 AU in the 7 days before); with no
    planned training he is not flagged and no reason names training."""
    plan = regulars()
    untrained = fatigue_table(plan)
    assert untrained.loc[("b", "f63"), "reasons"] == ""
    assert not any("training" in word(r, "en") for r in untrained["reasons"] if r)
    hard = (PlannedSession("everyone", "loading", 120, 8),)
    days = {START + timedelta(days=n): hard for n in (61, 62)}
    plan.set_training(TrainingWeek({}, days))
    table = fatigue_table(plan)
    assert table.loc[("b", "f63"), "training_share"] == 1.0  # no match in the week before
    assert table.loc[("a", "f63"), "training_share"] == pytest.approx(1920 / (1920 + 90 * 8))
    reasons = table["reasons"]
    assert "training 1,920 AU in the last 7 days" in word(reasons[("b", "f63")], "en")
    assert "entrenamiento 1920 UA en los últimos 7 días" in word(reasons[("b", "f63")], "es")
    assert reasons[("b", "f60")] == ""
