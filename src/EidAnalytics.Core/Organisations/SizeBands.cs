using System.Globalization;

namespace EidAnalytics.Core.Organisations;

/// <summary>
/// Reference sizes as they are shown outside their organisation: in bands, never exact, so that a reference IT
/// team size cannot be set against a published head count to give a small count by subtraction.
/// </summary>
public static class SizeBands
{
    private static readonly int[] ItTeamBounds = [25, 50, 100, 250, 500, 1000];
    private static readonly int[] WorkforceBounds = [1000, 2500, 5000, 10000, 20000];

    /// <summary>"under 25", "25–49", …, "1,000 or more", or "not recorded".</summary>
    public static string ItTeam(int? size) => Band(size, ItTeamBounds);

    /// <summary>"under 1,000", "1,000–2,499", …, "20,000 or more", or "not recorded".</summary>
    public static string Workforce(int? size) => Band(size, WorkforceBounds);

    private static string Band(int? size, int[] bounds)
    {
        if (size is not { } value)
        {
            return "not recorded";
        }
        if (value < bounds[0])
        {
            return string.Create(CultureInfo.InvariantCulture, $"under {bounds[0]:#,0}");
        }
        for (var i = 1; i < bounds.Length; i++)
        {
            if (value < bounds[i])
            {
                return string.Create(CultureInfo.InvariantCulture, $"{bounds[i - 1]:#,0}–{bounds[i] - 1:#,0}");
            }
        }
        return string.Create(CultureInfo.InvariantCulture, $"{bounds[^1]:#,0} or more");
    }
}
