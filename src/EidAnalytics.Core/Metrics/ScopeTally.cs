using EidAnalytics.Core.Analyses;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Metrics;

/// <summary>
/// Every count one scope's metrics need, gathered in a single pass over its rows (DESIGN §8: a few passes
/// over arrays, sorting only for pay), and mergeable so that a wider scope is the sum of narrower ones.
/// The sets are those of DESIGN §6 over <see cref="ReportingPeriod"/> P.
/// </summary>
internal sealed class ScopeTally
{
    private readonly double[] _fteAtEnd = new double[4];
    private readonly int[] _disabilityAtEnd = new int[3];

    // P as day numbers: (_startDay, _snapshotDay].
    private readonly int _startDay;
    private readonly int _snapshotDay;

    // Each FTE added to _fteAtEnd, by gender in row order, when this tally may be appended to another.
    private readonly List<double>[]? _fteSequence;

    /// <param name="period">P.</param>
    /// <param name="appendable">
    /// Whether <see cref="Append"/> will add this tally's rows to another's, as when a file is read in parts:
    /// it then keeps every FTE, so that the other's sums come out to the last bit as if it had read the rows itself.
    /// </param>
    public ScopeTally(ReportingPeriod period, bool appendable = false)
    {
        (_startDay, _snapshotDay) = (period.Start.DayNumber, period.Snapshot.DayNumber);
        _fteSequence = appendable ? [[], [], [], []] : null;
        Analyses = new AnalysisTally(period);
    }

    /// <summary>What the adjusted figures and the projection need.</summary>
    public AnalysisTally Analyses { get; }

    /// <summary>Every row: everyone employed at some time in P (the leaving-likelihood denominator).</summary>
    public GenderCounts Rows { get; } = new();

    /// <summary>S0: started on or before the start of P (leavers in P included).</summary>
    public GenderCounts AtStart { get; } = new();

    /// <summary>S1: no leave date, so employed at the snapshot.</summary>
    public GenderCounts AtEnd { get; } = new();

    /// <summary>S0 ∩ S1: employed at the start of P and still at the snapshot (stability index numerator).</summary>
    public GenderCounts Stayed { get; } = new();

    /// <summary>Start date in P, leavers included.</summary>
    public GenderCounts Joiners { get; } = new();

    /// <summary>Leave date in P.</summary>
    public GenderCounts Leavers { get; } = new();

    /// <summary>Leavers whose reason is <c>voluntary</c>.</summary>
    public GenderCounts VoluntaryLeavers { get; } = new();

    /// <summary>
    /// Last promotion in P and still employed at the snapshot: the promotion rate's denominator is S1, so a
    /// promoted leaver is not counted (the numerator must be a subset of the denominator).
    /// </summary>
    public GenderCounts PromotedAtEnd { get; } = new();

    /// <summary>S1 by level; index 0 is level 1.</summary>
    public GenderCounts[] AtEndByLevel { get; } = [new(), new(), new(), new(), new(), new()];

    /// <summary>S1 by ethnicity in enum order; a blank ethnicity counts as undisclosed.</summary>
    public GenderCounts[] AtEndByEthnicity { get; } = [new(), new(), new(), new(), new(), new()];

    public double FteAtEnd(Gender gender) => _fteAtEnd[(int)gender];

    public double DeclaredFteAtEnd => _fteAtEnd[(int)Gender.Female] + _fteAtEnd[(int)Gender.Male] + _fteAtEnd[(int)Gender.Other];

    /// <summary>S1 by disability in enum order; a blank value counts as undisclosed.</summary>
    public int DisabilityAtEnd(Disability disability) => _disabilityAtEnd[(int)disability];

    /// <summary>Hourly pay of the women in S1 who have it, in row order.</summary>
    public List<double> WomenHourlyPay { get; } = [];

    public List<double> MenHourlyPay { get; } = [];

    /// <summary>Women and men in S1 with a bonus pay value (zero included): the bonus-share denominators.</summary>
    public GenderCounts WithBonusValue { get; } = new();

    /// <summary>Women and men in S1 paid a bonus above zero.</summary>
    public List<double> WomenBonuses { get; } = [];

    public List<double> MenBonuses { get; } = [];

    public void Add(in EmployeeFacts row)
    {
        if (row.Level is < 1 or > 6)
        {
            throw new ArgumentException($"A row has level {row.Level}; levels run from 1 to 6.", nameof(row));
        }
        var gender = row.Gender;
        Analyses.Add(row);
        Rows.Add(gender);
        var atStart = row.StartDay <= _startDay;
        if (atStart)
        {
            AtStart.Add(gender);
        }
        if (InPeriod(row.StartDay))
        {
            Joiners.Add(gender);
        }
        if (InPeriod(row.LeaveDay))
        {
            Leavers.Add(gender);
            if (row.LeaveReason == (byte)LeaveReason.Voluntary)
            {
                VoluntaryLeavers.Add(gender);
            }
        }
        if (row.LeaveDay != EmployeeFacts.NoDate)
        {
            return;
        }

        AtEnd.Add(gender);
        if (atStart)
        {
            Stayed.Add(gender);
        }
        if (InPeriod(row.LastPromotionDay))
        {
            PromotedAtEnd.Add(gender);
        }
        _fteAtEnd[(int)gender] += row.Fte;
        _fteSequence?[(int)gender].Add(row.Fte);
        AtEndByLevel[row.Level - 1].Add(gender);
        AtEndByEthnicity[row.Ethnicity == EmployeeFacts.NoCode ? (int)Ethnicity.Undisclosed : row.Ethnicity].Add(gender);
        _disabilityAtEnd[row.Disability == EmployeeFacts.NoCode ? (int)Disability.Undisclosed : row.Disability]++;

        // The pay gap regulations compare men and women only.
        if (gender is not (Gender.Female or Gender.Male))
        {
            return;
        }
        var isWoman = gender == Gender.Female;
        if (!double.IsNaN(row.HourlyPay))
        {
            (isWoman ? WomenHourlyPay : MenHourlyPay).Add(row.HourlyPay);
        }
        if (!double.IsNaN(row.BonusPay))
        {
            WithBonusValue.Add(gender);
            if (row.BonusPay > 0)
            {
                (isWoman ? WomenBonuses : MenBonuses).Add(row.BonusPay);
            }
        }
    }

    /// <summary>In P: after its start, up to and including the snapshot date; no date is not.</summary>
    private bool InPeriod(int day) => day > _startDay && day <= _snapshotDay;

    /// <summary>Adds every count and pay value of another tally of the same period, as if its rows had been added here.</summary>
    public void AddAll(ScopeTally other) => Add(other, inRowOrder: false);

    /// <summary>
    /// Adds an <c>appendable</c> tally of the rows that follow this one's in the same file, to the same
    /// result, FTE sums included, as if this tally had read them itself.
    /// </summary>
    public void Append(ScopeTally later)
    {
        if (later._fteSequence is null)
        {
            throw new ArgumentException("Only an appendable tally keeps its rows' FTEs in order.", nameof(later));
        }
        Add(later, inRowOrder: true);
    }

    private void Add(ScopeTally other, bool inRowOrder)
    {
        GenderCounts[] mine = [Rows, AtStart, AtEnd, Stayed, Joiners, Leavers, VoluntaryLeavers, PromotedAtEnd, WithBonusValue, .. AtEndByLevel, .. AtEndByEthnicity];
        GenderCounts[] theirs = [other.Rows, other.AtStart, other.AtEnd, other.Stayed, other.Joiners, other.Leavers, other.VoluntaryLeavers, other.PromotedAtEnd, other.WithBonusValue, .. other.AtEndByLevel, .. other.AtEndByEthnicity];
        for (var i = 0; i < mine.Length; i++)
        {
            mine[i].AddAll(theirs[i]);
        }
        for (var i = 0; i < _fteAtEnd.Length; i++)
        {
            if (!inRowOrder)
            {
                _fteAtEnd[i] += other._fteAtEnd[i];
                continue;
            }
            // Floating-point addition is not associative: summing the later rows one by one onto this sum,
            // rather than adding their subtotal, gives the very bits that reading the file in one go gives.
            foreach (var fte in other._fteSequence![i])
            {
                _fteAtEnd[i] += fte;
            }
            _fteSequence?[i].AddRange(other._fteSequence[i]);
        }
        for (var i = 0; i < _disabilityAtEnd.Length; i++)
        {
            _disabilityAtEnd[i] += other._disabilityAtEnd[i];
        }
        Analyses.AddAll(other.Analyses);
        WomenHourlyPay.AddRange(other.WomenHourlyPay);
        MenHourlyPay.AddRange(other.MenHourlyPay);
        WomenBonuses.AddRange(other.WomenBonuses);
        MenBonuses.AddRange(other.MenBonuses);
    }

    /// <summary>A copy of the values, sorted ascending.</summary>
    public static double[] Ascending(List<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
