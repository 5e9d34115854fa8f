using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EidAnalytics.Core.Organisations;

/// <summary>
/// Council families: groups of similar organisations found by k-means on the reference list, as ONS groups similar
/// local authorities (docs/comparisons.md). Each organisation is a point whose squared distance from another is
/// <c>[type differs] + [nation differs] + [region differs] + (z_team − z_team′)² + (z_workforce − z_workforce′)²</c>,
/// the peer groups' distance with the nation added: type, nation and region are indicator columns scaled by 1/√2,
/// sizes are standardised logs (<see cref="LogSizeScale"/>), a size not recorded sits at the mean. k is the one of
/// 4–12 (and at most one for every five organisations) with the lowest Davies–Bouldin index; ML.NET's k-means++ runs single-threaded with a fixed seed on the
/// list in code order, so the same list always gives the same families.
/// </summary>
public static class CouncilFamilies
{
    public const int FewestFamilies = 4;
    public const int MostFamilies = 12;
    private const int Seed = 1971;

    private static readonly float Indicator = (float)Math.Sqrt(0.5);
    private static readonly string[] Nations = ["England", Regions.Wales, Regions.Scotland, Regions.NorthernIreland];

    /// <summary>The families of the list, numbered by their first member's code; none when the list has too few organisations to form four.</summary>
    public static IReadOnlyList<CouncilFamily> Of(IReadOnlyList<OrganisationEntry> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var sorted = organisations.OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
        if (sorted.Count <= FewestFamilies)
        {
            return [];
        }
        var points = Features(sorted);
        // k-means cannot make more families than there are different points (a list without sizes, of one type and region).
        var distinct = points.Select(p => string.Join(',', p.Features)).Distinct().Count();
        if (distinct <= FewestFamilies)
        {
            return [];
        }
        var ml = new MLContext(Seed);
        var schema = SchemaDefinition.Create(typeof(Point));
        schema[nameof(Point.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, points[0].Features.Length);
        var data = ml.Data.LoadFromEnumerable(points, schema);

        (double Index, uint[] Labels)? best = null;
        // At most one family for every five organisations (beyond the fewest), so that a family's totals usually pool several councils.
        for (var k = FewestFamilies; k <= Math.Min(Math.Min(MostFamilies, distinct - 1), Math.Max(FewestFamilies, sorted.Count / 5)); k++)
        {
            var model = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
            {
                NumberOfClusters = k,
                NumberOfThreads = 1,
                InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
                MaximumNumberOfIterations = 1000,
            }).Fit(data);
            var predicted = model.Transform(data);
            var index = ml.Clustering.Evaluate(predicted, featureColumnName: nameof(Point.Features)).DaviesBouldinIndex;
            if (best is null || index < best.Value.Index - 1e-12)
            {
                best = (index, predicted.GetColumn<uint>("PredictedLabel").ToArray());
            }
        }

        var labels = best!.Value.Labels;
        return sorted.Select((o, i) => (o, Label: labels[i])).GroupBy(p => p.Label)
            .Select(g => g.Select(p => p.o).ToList())
            .OrderBy(members => members[0].Code, StringComparer.Ordinal)
            .Select((members, i) => new CouncilFamily(i + 1, Traits(members), members.Select(m => m.Code).ToList()))
            .ToList();
    }

    private static Point[] Features(IReadOnlyList<OrganisationEntry> organisations)
    {
        var team = LogSizeScale.Of(organisations.Select(o => o.ItTeamSize));
        var workforce = LogSizeScale.Of(organisations.Select(o => o.WorkforceSize));
        return organisations.Select(o => new Point
        {
            Features =
            [
                .. OrganisationTypes.All.Select(t => t.Code == o.Type ? Indicator : 0f),
                .. Nations.Select(n => n == Nation(o.Region) ? Indicator : 0f),
                .. Regions.All.Select(r => r == o.Region ? Indicator : 0f),
                (float)(team.Z(o.ItTeamSize) ?? 0),
                (float)(workforce.Z(o.WorkforceSize) ?? 0),
            ],
        }).ToArray();
    }

    private static string? Nation(string? region) =>
        region is null ? null : Nations.Contains(region) ? region : "England";

    /// <summary>"Unitary authorities and others in the South West, IT teams mostly 50–99, workforces 5,000–9,999"; a trait named only where most members share it.</summary>
    private static string Traits(IReadOnlyList<OrganisationEntry> members)
    {
        var type = Common(members, m => m.Type);
        var region = Common(members, m => m.Region);
        var nation = Common(members, m => Nation(m.Region));
        var team = Common(members, m => m.ItTeamSize is null ? null : SizeBands.ItTeam(m.ItTeamSize));
        var workforce = Common(members, m => m.WorkforceSize is null ? null : SizeBands.Workforce(m.WorkforceSize));
        var kind = type is var (t, all) ? OrganisationTypes.Plural(t) + (all ? "" : " and others") : "Organisations of several types";
        var place = region is var (r, inAll) ? (inAll ? "in " : "mostly in ") + The(r)
            : nation is var (n, allIn) ? (allIn ? "across " : "mostly across ") + n
            : "across the UK";
        var size = team is var (band, allBand) ? $", IT teams {(allBand ? "" : "mostly ")}{band}" : "";
        var staff = workforce is var (staffBand, allStaff) ? $", workforces {(allStaff ? "" : "mostly ")}{staffBand}" : "";
        return $"{kind} {place}{size}{staff}";
    }

    /// <summary>The value most members share, and whether all do; none when fewer than two thirds share one.</summary>
    private static (string Value, bool All)? Common(IReadOnlyList<OrganisationEntry> members, Func<OrganisationEntry, string?> trait)
    {
        var top = members.Select(trait).OfType<string>().GroupBy(v => v)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return top is not null && 3 * top.Count() >= 2 * members.Count ? (top.Key, top.Count() == members.Count) : null;
    }

    private static string The(string region) => region.StartsWith("North ", StringComparison.Ordinal)
        || region.StartsWith("South ", StringComparison.Ordinal) || region.StartsWith("East ", StringComparison.Ordinal)
        || region.StartsWith("West ", StringComparison.Ordinal)
        ? "the " + region
        : region;

    private sealed class Point
    {
        public float[] Features { get; set; } = [];
    }
}
