namespace EidAnalytics.Core.Analyses;

/// <summary>
/// One level's people over P, split into women and others (men and other genders: everyone with a recorded
/// gender who is not a woman; undisclosed are left out, as from the women share). The projection's input.
/// </summary>
/// <param name="StaffWomen">Women at this level at the snapshot (S1).</param>
/// <param name="StaffOthers">Others at this level at the snapshot.</param>
/// <param name="RowsWomen">Women at this level employed at some time in P (leavers at the level they left from).</param>
/// <param name="RowsOthers">Others likewise.</param>
/// <param name="LeaversWomen">Women who left from this level in P.</param>
/// <param name="LeaversOthers">Others who left from this level in P.</param>
/// <param name="PromotedWomen">Women at the snapshot promoted in P to this level (taken as from the level below).</param>
/// <param name="PromotedOthers">Others promoted in P to this level.</param>
/// <param name="JoinersWomen">Women who joined at this level in P.</param>
/// <param name="JoinersOthers">Others who joined at this level in P.</param>
public sealed record LevelFlow(
    int StaffWomen,
    int StaffOthers,
    int RowsWomen,
    int RowsOthers,
    int LeaversWomen,
    int LeaversOthers,
    int PromotedWomen,
    int PromotedOthers,
    int JoinersWomen,
    int JoinersOthers);
