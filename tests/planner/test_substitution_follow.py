"""Planned substitutions follow the places of the players an edit moves, and every edit says
what became of the changes it touched (no silent deletions)."""

from __future__ import annotations

from planner import Plan, Substitution, SubstitutionFate, SubstitutionOutcome

TORONTO = "2025-04-06-toronto-fc"
# The sample's Toronto changes at 60': Messi on for Picault (LW), Busquets for Rodriguez (LCM),
# Obando for Suarez (ST); at 75': Segovia for Cremaschi (RCM).
PICAULT_OFF = Substitution(60, "fafa-picault", "lionel-messi")
SUAREZ_OFF = Substitution(60, "luis-suarez", "allen-obando")
KEPT, REMOVED = SubstitutionFate.KEPT, SubstitutionFate.REMOVED


def subs(plan: Plan) -> list[Substitution]:
    return plan.lineup(TORONTO).substitutions


def kept(
    before: Substitution, off: str | None = None, on: str | None = None
) -> SubstitutionOutcome:
    after = Substitution(before.minute, off or before.off, on or before.on, before.half_time)
    return SubstitutionOutcome(KEPT, before, after)


def test_a_starter_replaced_from_the_squad_hands_his_change_to_the_newcomer(plan: Plan) -> None:
    outcomes = plan.assign(TORONTO, "leo-afonso", "LW")
    assert outcomes == (kept(PICAULT_OFF, off="leo-afonso"),)
    assert Substitution(60, "leo-afonso", "lionel-messi") in subs(plan)
    assert len(subs(plan)) == 4


def test_a_starter_replaced_from_the_bench_takes_his_bench_place_and_roles_swap(
    plan: Plan,
) -> None:
    place = plan.lineup(TORONTO).bench.index("robert-taylor")
    outcomes = plan.assign(TORONTO, "robert-taylor", "LW")
    assert plan.lineup(TORONTO).bench[place] == "fafa-picault"
    assert outcomes == (kept(PICAULT_OFF, off="robert-taylor"),)


def test_the_player_coming_on_put_in_his_mans_slot_swaps_the_change_round(plan: Plan) -> None:
    outcomes = plan.assign(TORONTO, "lionel-messi", "LW")
    assert outcomes == (kept(PICAULT_OFF, off="lionel-messi", on="fafa-picault"),)


def test_a_swap_keeps_each_slots_change_with_the_slot(plan: Plan) -> None:
    outcomes = plan.swap(TORONTO, "LW", "ST")
    assert set(outcomes) == {
        kept(PICAULT_OFF, off="luis-suarez"),
        kept(SUAREZ_OFF, off="fafa-picault"),
    }
    assert plan.lineup(TORONTO).slots["LW"] == "luis-suarez"


def test_a_starter_moved_to_an_empty_slot_keeps_his_own_change(plan: Plan) -> None:
    plan.unassign(TORONTO, "noah-allen")  # LB empty, no change of his
    assert plan.assign(TORONTO, "fafa-picault", "LB") == ()
    assert PICAULT_OFF in subs(plan)


def test_benching_a_starter_going_off_removes_his_change_and_says_so(plan: Plan) -> None:
    outcomes = plan.bench(TORONTO, "fafa-picault")
    assert outcomes == (SubstitutionOutcome(REMOVED, PICAULT_OFF),)
    assert PICAULT_OFF not in subs(plan)


def test_the_player_coming_on_moved_into_an_empty_slot_loses_his_change(plan: Plan) -> None:
    plan.unassign(TORONTO, "noah-allen")
    outcomes = plan.assign(TORONTO, "lionel-messi", "LB")
    assert outcomes == (SubstitutionOutcome(REMOVED, PICAULT_OFF),)


def test_replace_on_bench_from_the_squad_hands_the_change_to_the_newcomer(plan: Plan) -> None:
    bench = plan.lineup(TORONTO).bench
    place = bench.index("lionel-messi")
    outcomes = plan.replace_on_bench(TORONTO, "leo-afonso", "lionel-messi")
    assert plan.lineup(TORONTO).bench[place] == "leo-afonso"
    assert "lionel-messi" in plan.unselected(TORONTO)
    assert outcomes == (kept(PICAULT_OFF, on="leo-afonso"),)


def test_replace_on_bench_from_a_slot_means_the_same_as_the_drop_the_other_way(
    plan: Plan,
) -> None:
    other = plan.copy()
    one = plan.replace_on_bench(TORONTO, "fafa-picault", "lionel-messi")
    two = other.assign(TORONTO, "lionel-messi", "LW")
    assert one == two
    assert plan.lineup(TORONTO) == other.lineup(TORONTO)


def test_replace_on_bench_between_bench_players_swaps_places_and_changes(plan: Plan) -> None:
    bench = list(plan.lineup(TORONTO).bench)
    outcomes = plan.replace_on_bench(TORONTO, "jordi-alba", "lionel-messi")
    now = plan.lineup(TORONTO).bench
    assert now[bench.index("lionel-messi")] == "jordi-alba"
    assert now[bench.index("jordi-alba")] == "lionel-messi"
    assert outcomes == (kept(PICAULT_OFF, on="jordi-alba"),)


def test_replacing_a_bench_player_by_himself_changes_nothing(plan: Plan) -> None:
    before = plan.lineup(TORONTO).copy()
    assert plan.replace_on_bench(TORONTO, "lionel-messi", "lionel-messi") == ()
    assert plan.lineup(TORONTO) == before


def test_a_chain_of_changes_follows_the_bench_player_who_takes_over(plan: Plan) -> None:
    later = plan.substitute(TORONTO, 80, "lionel-messi", "robert-taylor")
    outcomes = plan.replace_on_bench(TORONTO, "leo-afonso", "lionel-messi")
    assert set(outcomes) == {
        kept(PICAULT_OFF, on="leo-afonso"),
        kept(later, off="leo-afonso"),
    }


def test_a_change_off_for_a_player_who_no_longer_comes_on_is_removed(plan: Plan) -> None:
    later = plan.substitute(TORONTO, 80, "lionel-messi", "robert-taylor")
    outcomes = plan.unassign(TORONTO, "lionel-messi")
    assert set(outcomes) == {
        SubstitutionOutcome(REMOVED, PICAULT_OFF),
        SubstitutionOutcome(REMOVED, later),
    }


def test_a_player_who_came_on_and_now_starts_keeps_his_later_change(plan: Plan) -> None:
    later = plan.substitute(TORONTO, 80, "lionel-messi", "robert-taylor")
    plan.unassign(TORONTO, "noah-allen")
    outcomes = plan.assign(TORONTO, "lionel-messi", "LB")
    assert outcomes == (SubstitutionOutcome(REMOVED, PICAULT_OFF),)
    assert later in subs(plan)
