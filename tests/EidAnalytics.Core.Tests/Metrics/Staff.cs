using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Tests.Metrics;

/// <summary>
/// Hand-built rows for metric tests. The snapshot is 31 March 2025, so P = (31 March 2024, 31 March 2025].
/// Everyone starts long before P, in the IT family, at level 3, full time, unless a test says otherwise.
/// </summary>
internal static class Staff
{
    public static readonly DateOnly Snapshot = new(2025, 3, 31);

    /// <summary>T0, the exclusive start of P.</summary>
    public static readonly DateOnly PeriodStart = new(2024, 3, 31);

    public static readonly DateOnly LongServing = new(2019, 6, 1);
    public static readonly DateOnly DuringPeriod = new(2024, 9, 30);
    public static readonly DateOnly LaterInPeriod = new(2025, 1, 15);

    private static int s_next;

    public static EmployeeRecord Woman => Person(Gender.Female);
    public static EmployeeRecord Man => Person(Gender.Male);
    public static EmployeeRecord OtherGender => Person(Gender.Other);
    public static EmployeeRecord Undisclosed => Person(Gender.Undisclosed);

    public static EmployeeRecord Person(Gender gender) => new()
    {
        OrganisationCode = "E09000030",
        SnapshotDate = Snapshot,
        EmployeeRef = NextRef(),
        JobFamily = JobFamily.It,
        Level = 3,
        StartDate = LongServing,
        Gender = gender,
    };

    public static EmployeeRecord AtLevel(this EmployeeRecord row, int level) => row with { Level = level };

    public static EmployeeRecord Joined(this EmployeeRecord row) => row with { StartDate = DuringPeriod };

    public static EmployeeRecord Left(this EmployeeRecord row, LeaveReason reason = LeaveReason.Voluntary) =>
        row with { LeaveDate = LaterInPeriod, LeaveReason = reason };

    public static EmployeeRecord Promoted(this EmployeeRecord row) => row with { LastPromotionDate = DuringPeriod };

    public static EmployeeRecord InFamily(this EmployeeRecord row, JobFamily family) => row with { JobFamily = family };

    /// <summary>The row repeated, each copy with its own employee ref.</summary>
    public static IEnumerable<EmployeeRecord> Times(this EmployeeRecord row, int count) =>
        Enumerable.Range(0, count).Select(_ => row with { EmployeeRef = NextRef() });

    public static List<EmployeeRecord> Team(params IEnumerable<EmployeeRecord>[] groups) => groups.SelectMany(g => g).ToList();

    public static IReadOnlySet<string> AllColumns { get; } = new HashSet<string>(ExtractColumns.All);

    public static IReadOnlySet<string> AllColumnsExcept(params string[] left) => new HashSet<string>(ExtractColumns.All.Except(left));

    /// <summary>The it_function scope's metrics.</summary>
    public static ScopeMetrics ItFunction(IEnumerable<EmployeeRecord> rows, IReadOnlySet<string>? columns = null, MetricOptions? options = null)
    {
        var scopes = WorkforceMetrics.Compute(rows.ToList(), columns ?? AllColumns, Snapshot, options ?? MetricOptions.Default);
        Assert.Equal(Scopes.ItFunction, scopes[0].Scope);
        return scopes[0];
    }

    public static MetricValue Get(this ScopeMetrics scope, string id) =>
        scope.Find(id) ?? throw new Xunit.Sdk.XunitException($"{id} is absent from the {scope.Scope} scope.");

    private static string NextRef() => $"P{Interlocked.Increment(ref s_next):D5}";
}

/// <summary>Checks a metric against hand-worked figures: values to 1e-6, interval ends to 1e-4.</summary>
internal static class Expect
{
    public static void Figure(MetricValue metric, double value, double numerator, double denominator)
    {
        Assert.Null(metric.Reason);
        Assert.NotNull(metric.Value);
        Assert.Equal(value, metric.Value.Value, 1e-6);
        Assert.Equal(numerator, metric.Numerator!.Value, 1e-6);
        Assert.Equal(denominator, metric.Denominator!.Value, 1e-6);
    }

    public static void Figure(MetricValue metric, double value, double numerator, double denominator, double ciLow, double ciHigh)
    {
        Figure(metric, value, numerator, denominator);
        Interval(metric, ciLow, ciHigh);
    }

    public static void Interval(MetricValue metric, double ciLow, double ciHigh)
    {
        Assert.Equal(ciLow, metric.CiLow!.Value, 1e-4);
        Assert.Equal(ciHigh, metric.CiHigh!.Value, 1e-4);
    }

    /// <summary>Cannot be calculated: no value, no interval, and a reason containing the given words.</summary>
    public static void Missing(MetricValue metric, string reasonContains)
    {
        Assert.Null(metric.Value);
        Assert.Null(metric.CiLow);
        Assert.Null(metric.CiHigh);
        Assert.Null(metric.Category);
        Assert.NotNull(metric.Reason);
        Assert.Contains(reasonContains, metric.Reason, StringComparison.Ordinal);
    }
}
