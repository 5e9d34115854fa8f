namespace EidAnalytics.Core.Analyses;

/// <summary>
/// The covariates of the adjusted figures (DESIGN §6) and how a covariate pattern is numbered: level 1–6,
/// length of service band, working pattern, and whether the person is a woman.
/// </summary>
internal static class Covariates
{
    public const int Levels = 6;
    public const int Bands = 5;
    public const int Patterns = 3;

    /// <summary>The third working pattern: the extract carries the column but this row leaves it blank.</summary>
    public const byte PatternNotRecorded = 2;

    /// <summary>The bands' lower ends in whole years of service: &lt;1, 1–2, 2–5, 5–10, 10+.</summary>
    private static readonly int[] BandYears = [1, 2, 5, 10];

    public static readonly IReadOnlyList<string> BandNames = ["less than 1 year", "1–2 years", "2–5 years", "5–10 years", "10 years or more"];

    public static readonly IReadOnlyList<string> PatternNames = ["full time", "part time", "working pattern not recorded"];

    public static int Cell(int levelIndex, int band, int pattern, bool woman) =>
        (((levelIndex * Bands) + band) * Patterns + pattern) * 2 + (woman ? 1 : 0);

    public static (int LevelIndex, int Band, int Pattern, bool Woman) Parts(int cell) =>
        (cell / (2 * Patterns * Bands), cell / (2 * Patterns) % Bands, cell / 2 % Patterns, cell % 2 == 1);

    /// <summary>The latest start days giving at least 1, 2, 5 and 10 whole years of service on <paramref name="end"/>.</summary>
    public static int[] BandStarts(DateOnly end) => [.. BandYears.Select(years => end.AddYears(-years).DayNumber)];

    /// <summary>Service from <paramref name="startDay"/> to <paramref name="end"/> as a band index: full calendar years, as an anniversary counts them.</summary>
    public static int Band(int startDay, DateOnly end)
    {
        var band = 0;
        while (band < BandYears.Length && startDay <= end.AddYears(-BandYears[band]).DayNumber)
        {
            band++;
        }
        return band;
    }

    public static int Band(int startDay, int[] bandStarts)
    {
        var band = 0;
        while (band < bandStarts.Length && startDay <= bandStarts[band])
        {
            band++;
        }
        return band;
    }
}
