using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Core.Comparisons;

/// <summary>Peer groups: the organisations most like a given one on its reference features.</summary>
public static class PeerGroups
{
    /// <summary>How many peers a group has unless asked otherwise.</summary>
    public const int DefaultSize = 10;

    private const int FeatureCount = 4;

    /// <summary>
    /// The k nearest organisations to <paramref name="subject"/> (never itself), nearest first. The distance is
    /// Euclidean over four standardised features, each weighted equally:
    /// <c>d² = [type differs] + [region differs] + (z_team − z_team′)² + (z_workforce − z_workforce′)²</c>,
    /// where a size's z-score is (ln size − mean) / standard deviation over every organisation on the list that
    /// has it (sizes are skewed, so their logarithms are standardised, and a difference of one standard deviation
    /// weighs as much as a different type). A size missing on either side is left out and the sum scaled up by
    /// 4 / (features used), as Gower (1971, Biometrics 27:857–871) does for missing values. Ties go to the lower
    /// code, so the same list always gives the same group. The approach is that of CIPFA's nearest-neighbour
    /// model for local authorities, on the features this service holds.
    /// </summary>
    public static IReadOnlyList<Peer> Nearest(OrganisationEntry subject, IReadOnlyList<OrganisationEntry> everyone, int k = DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(everyone);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var team = LogSizeScale.Of(everyone.Select(o => o.ItTeamSize));
        var workforce = LogSizeScale.Of(everyone.Select(o => o.WorkforceSize));
        return everyone
            .Where(o => !string.Equals(o.Code, subject.Code, StringComparison.Ordinal))
            .Select(o => (Organisation: o, Distance: Distance(subject, o, team, workforce)))
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Organisation.Code, StringComparer.Ordinal)
            .Take(k)
            .Select(p => new Peer(
                p.Organisation, p.Distance,
                p.Organisation.Type == subject.Type,
                p.Organisation.Region is not null && p.Organisation.Region == subject.Region,
                Explain(subject, p.Organisation)))
            .ToList();
    }

    private static double Distance(OrganisationEntry a, OrganisationEntry b, LogSizeScale team, LogSizeScale workforce)
    {
        var sum = (a.Type == b.Type ? 0 : 1) + (a.Region is not null && a.Region == b.Region ? 0 : 1.0);
        var used = 2;
        foreach (var (x, y, scale) in new[] { (a.ItTeamSize, b.ItTeamSize, team), (a.WorkforceSize, b.WorkforceSize, workforce) })
        {
            if (scale.Z(x) is { } zx && scale.Z(y) is { } zy)
            {
                sum += (zx - zy) * (zx - zy);
                used++;
            }
        }
        return Math.Sqrt(sum * FeatureCount / used);
    }

    /// <summary>
    /// "same type (unitary), same region (South West), IT team 50–99 (both), workforce 2,500–4,999 vs 5,000–9,999". Sizes
    /// are banded: a reference size shown to others could otherwise be set against a published head count.
    /// </summary>
    private static string Explain(OrganisationEntry subject, OrganisationEntry peer)
    {
        var parts = new List<string>
        {
            peer.Type == subject.Type ? $"same type ({OrganisationTypes.Name(peer.Type)})" : $"different type ({OrganisationTypes.Name(peer.Type)})",
            peer.Region is not null && peer.Region == subject.Region ? $"same region ({peer.Region})" : $"different region ({peer.Region ?? "not recorded"})",
        };
        if (peer.ItTeamSize is not null && subject.ItTeamSize is not null)
        {
            parts.Add(Compare("IT team", SizeBands.ItTeam(peer.ItTeamSize), SizeBands.ItTeam(subject.ItTeamSize)));
        }
        if (peer.WorkforceSize is not null && subject.WorkforceSize is not null)
        {
            parts.Add(Compare("workforce", SizeBands.Workforce(peer.WorkforceSize), SizeBands.Workforce(subject.WorkforceSize)));
        }
        return string.Join(", ", parts);
    }

    private static string Compare(string what, string peer, string subject) => peer == subject ? $"{what} {peer} (both)" : $"{what} {peer} vs {subject}";
}
