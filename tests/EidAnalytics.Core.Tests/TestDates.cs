using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Tests;

/// <summary>What today is for tests that do not test the snapshot bounds: the real date in the UK, as the service and CLI give Core.</summary>
internal static class TestDates
{
    public static DateOnly Today { get; } = SnapshotDates.TodayInUk(DateTimeOffset.UtcNow);
}
