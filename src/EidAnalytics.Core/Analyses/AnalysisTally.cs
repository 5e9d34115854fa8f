using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Analyses;

/// <summary>
/// What the analyses behind the figures need of one scope's rows, counted as they stream past: for women and
/// men, each covariate pattern's rows, leavers, staff at the snapshot and promoted (the likelihood of row-level
/// binary data is that of these grouped counts), each hourly pay with its pattern, and the flows by level and
/// gender the projection starts from. No record is kept.
/// </summary>
internal sealed class AnalysisTally
{
    /// <summary>Levels 1–6 × service bands × working patterns × (man, woman).</summary>
    public const int CellCount = Covariates.Levels * Covariates.Bands * Covariates.Patterns * 2;

    private readonly int _startDay;
    private readonly int _snapshotDay;

    // Service of at least 1, 2, 5 and 10 years at the snapshot means a start on or before these days.
    private readonly int[] _bandStartsAtSnapshot;

    public AnalysisTally(ReportingPeriod period)
    {
        (_startDay, _snapshotDay) = (period.Start.DayNumber, period.Snapshot.DayNumber);
        _bandStartsAtSnapshot = Covariates.BandStarts(period.Snapshot);
    }

    /// <summary>Everyone employed at some time in P, by cell, with the service band at the leave date or the snapshot.</summary>
    public int[] Rows { get; } = new int[CellCount];

    public int[] Leavers { get; } = new int[CellCount];

    /// <summary>Staff at the snapshot (S1), by cell.</summary>
    public int[] AtEnd { get; } = new int[CellCount];

    /// <summary>S1 whose last promotion is in P.</summary>
    public int[] Promoted { get; } = new int[CellCount];

    /// <summary>Per cell, the women and men in S1 with hourly pay above £0, and their log pay's sums (<see cref="LogPaySums"/>).</summary>
    public LogPaySums[] Pay { get; } = new LogPaySums[CellCount];

    /// <summary>Every row by level (index 0 is level 1), for the projection's leaving probabilities.</summary>
    public GenderCounts[] RowsByLevel { get; } = NewByLevel();

    public GenderCounts[] LeaversByLevel { get; } = NewByLevel();

    /// <summary>S1 promoted in P, by the level they reached.</summary>
    public GenderCounts[] PromotedByLevel { get; } = NewByLevel();

    /// <summary>Joiners in P (leavers included), by level.</summary>
    public GenderCounts[] JoinersByLevel { get; } = NewByLevel();

    public void Add(in EmployeeFacts row)
    {
        var level = row.Level - 1;
        var gender = row.Gender;
        var left = row.LeaveDay != EmployeeFacts.NoDate;
        var promoted = !left && InPeriod(row.LastPromotionDay);
        RowsByLevel[level].Add(gender);
        if (left)
        {
            LeaversByLevel[level].Add(gender);
        }
        if (promoted)
        {
            PromotedByLevel[level].Add(gender);
        }
        if (InPeriod(row.StartDay))
        {
            JoinersByLevel[level].Add(gender);
        }
        if (gender is not (Gender.Female or Gender.Male))
        {
            return;
        }

        var band = left ? Covariates.Band(row.StartDay, DateOnly.FromDayNumber(row.LeaveDay)) : Covariates.Band(row.StartDay, _bandStartsAtSnapshot);
        var pattern = row.WorkingPattern == EmployeeFacts.NoCode ? Covariates.PatternNotRecorded : row.WorkingPattern;
        var cell = Covariates.Cell(level, band, pattern, gender == Gender.Female);
        Rows[cell]++;
        if (left)
        {
            Leavers[cell]++;
            return;
        }
        AtEnd[cell]++;
        if (promoted)
        {
            Promoted[cell]++;
        }
        if (row.HourlyPay > 0)
        {
            Pay[cell].Add(row.HourlyPay);
        }
    }

    private bool InPeriod(int day) => day > _startDay && day <= _snapshotDay;

    /// <summary>Adds another tally of the same period, as if its rows had been added here after this one's.</summary>
    public void AddAll(AnalysisTally other)
    {
        foreach (var (mine, theirs) in new[] { (Rows, other.Rows), (Leavers, other.Leavers), (AtEnd, other.AtEnd), (Promoted, other.Promoted) })
        {
            for (var i = 0; i < mine.Length; i++)
            {
                mine[i] += theirs[i];
            }
        }
        foreach (var (mine, theirs) in new[]
        {
            (RowsByLevel, other.RowsByLevel), (LeaversByLevel, other.LeaversByLevel),
            (PromotedByLevel, other.PromotedByLevel), (JoinersByLevel, other.JoinersByLevel),
        })
        {
            for (var i = 0; i < mine.Length; i++)
            {
                mine[i].AddAll(theirs[i]);
            }
        }
        for (var i = 0; i < Pay.Length; i++)
        {
            Pay[i].AddAll(other.Pay[i]);
        }
    }

    private static GenderCounts[] NewByLevel() => [new(), new(), new(), new(), new(), new()];
}
