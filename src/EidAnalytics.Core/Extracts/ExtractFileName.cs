using System.Globalization;
using System.Text.RegularExpressions;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// The naming convention of the sample extracts (data-samples/README.md), which also lets the CLI
/// find what a profile's file lacks: <c>&lt;GSS code&gt;_&lt;yyyy-MM-dd&gt;[_&lt;note&gt;][.&lt;profile&gt;].csv|xlsx</c>,
/// for example <c>E06999003_2025-03-31.itrent.csv</c> or <c>E07999004_2025-03-31_it-team.it-team.xlsx</c>.
/// </summary>
/// <param name="OrganisationCode">The organisation's GSS code.</param>
/// <param name="SnapshotDate">The snapshot date.</param>
/// <param name="Note">What the file is, when a name says more (<c>unknown-codes</c>); null otherwise.</param>
/// <param name="Profile">The mapping profile to read it with; null for a file in the standard.</param>
public sealed partial record ExtractFileName(string OrganisationCode, DateOnly SnapshotDate, string? Note, string? Profile)
{
    public static bool TryParse(string fileName, out ExtractFileName name)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        name = null!;
        var match = Pattern().Match(Path.GetFileName(fileName));
        if (!match.Success || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        name = new ExtractFileName(
            match.Groups["code"].Value,
            date,
            match.Groups["note"].Success ? match.Groups["note"].Value : null,
            match.Groups["profile"].Success ? match.Groups["profile"].Value : null);
        return true;
    }

    [GeneratedRegex(@"^(?<code>[ENSW]\d{8})_(?<date>\d{4}-\d{2}-\d{2})(_(?<note>[a-z0-9-]+))?(\.(?<profile>[a-z0-9-]+))?\.(csv|xlsx)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
