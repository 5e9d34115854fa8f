using System.Globalization;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// The snapshot dates the service accepts: from 1 January 2000 up to today in the UK. A snapshot in
/// the future would become every user's default "latest" snapshot, and one far in the past leaves no
/// room for the 12 months before it; between the two, every date sum the metrics do is safe.
/// </summary>
public static class SnapshotDates
{
    /// <summary>The earliest snapshot accepted.</summary>
    public static DateOnly Earliest { get; } = new(2000, 1, 1);

    /// <summary>The service's councils are in the UK, so "today" is the date in London, not at UTC.</summary>
    public static TimeZoneInfo UkTime { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The date in Europe/London at the instant <paramref name="now"/>.</summary>
    public static DateOnly TodayInUk(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, UkTime).DateTime);

    /// <summary>Why <paramref name="snapshot"/> is not accepted on <paramref name="today"/>, or null when it is.</summary>
    public static string? Refusal(DateOnly snapshot, DateOnly today)
    {
        if (snapshot > today)
        {
            return $"snapshot_date {Iso(snapshot)} is after today ({Iso(today)} in the UK); a snapshot cannot be in the future";
        }
        return snapshot < Earliest
            ? $"snapshot_date {Iso(snapshot)} is before {Iso(Earliest)}, the earliest snapshot accepted"
            : null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
