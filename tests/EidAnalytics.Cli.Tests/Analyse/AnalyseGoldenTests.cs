using System.Text.Json;
using EidAnalytics.Cli.Analyse;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Cli.Tests.Analyse;

/// <summary>
/// The golden test of <c>./eid analyse</c>: two organisations' extracts in Fixtures/Golden and the JSON they
/// must give, worked out by hand in Fixtures/Golden/README.md. Values, numerators and denominators must
/// agree to 1e-6 and interval ends to 1e-4; every scope must carry exactly DESIGN §6's ids.
/// </summary>
public sealed class AnalyseGoldenTests : IDisposable
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Golden");

    /// <summary>
    /// DESIGN §6's table with its braces expanded (the adjusted.* and projection.* ids of issue 13 included), written out here rather than taken from
    /// <see cref="MetricIds"/>, plus the women share within each ethnic group that issue 3 adds.
    /// </summary>
    private static readonly string[] DesignIds =
    [
        "representation.women_share", "representation.women_share_fte",
        "representation.women_share.level.1", "representation.women_share.level.2", "representation.women_share.level.3",
        "representation.women_share.level.4", "representation.women_share.level.5", "representation.women_share.level.6",
        "representation.women_share.leadership", "representation.baseline_band",
        "representation.declaration_rate.gender", "representation.declaration_rate.ethnicity", "representation.declaration_rate.disability",
        "representation.ethnic_minority_share", "representation.disabled_share",
        "representation.women_share.ethnicity.asian", "representation.women_share.ethnicity.black", "representation.women_share.ethnicity.mixed",
        "representation.women_share.ethnicity.white", "representation.women_share.ethnicity.other",
        "hiring.women_share",
        "retention.turnover_rate", "retention.turnover_rate.women", "retention.turnover_rate.men",
        "retention.voluntary_turnover_rate", "retention.voluntary_turnover_rate.women", "retention.voluntary_turnover_rate.men",
        "retention.stability_index", "retention.stability_index.women", "retention.stability_index.men",
        "retention.leaving_relative_likelihood",
        "progression.promotion_rate", "progression.promotion_rate.women", "progression.promotion_rate.men",
        "progression.promotion_relative_likelihood",
        "progression.pipeline_ratio.level.2", "progression.pipeline_ratio.level.3", "progression.pipeline_ratio.level.4",
        "progression.pipeline_ratio.level.5", "progression.pipeline_ratio.level.6",
        "pay.mean_gap", "pay.median_gap",
        "pay.quartile.1.women_share", "pay.quartile.2.women_share", "pay.quartile.3.women_share", "pay.quartile.4.women_share",
        "pay.bonus_mean_gap", "pay.bonus_median_gap", "pay.bonus_share.women", "pay.bonus_share.men",
        "adjusted.leaving_odds_ratio", "adjusted.promotion_odds_ratio", "adjusted.pay_gap",
        "projection.women_share.year.1", "projection.women_share.year.2", "projection.women_share.year.3",
        "projection.women_share.year.4", "projection.women_share.year.5",
        "projection.leadership_share.year.1", "projection.leadership_share.year.2", "projection.leadership_share.year.3",
        "projection.leadership_share.year.4", "projection.leadership_share.year.5",
        "projection.hiring_share_needed",
    ];

    private readonly string _output = Path.Combine(Path.GetTempPath(), $"eid-golden-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_output);

    [Fact]
    public void Every_scope_of_the_golden_extracts_carries_exactly_the_designs_ids()
    {
        using var actual = Analyse();

        var scopes = actual.RootElement.GetProperty("organisations").EnumerateArray().ToList();
        Assert.Equal(
            ["E07000902 it_function", "E09000901 it_function", "E09000901 organisation"],
            scopes.Select(s => $"{s.GetProperty("organisation_code").GetString()} {s.GetProperty("scope").GetString()}"));
        Assert.All(scopes, scope => Assert.Equal(
            DesignIds.Order(StringComparer.Ordinal),
            scope.GetProperty("metrics").EnumerateObject().Select(m => m.Name).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_golden_extracts_give_the_hand_worked_json()
    {
        using var actual = Analyse();
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));

        var actualScopes = actual.RootElement.GetProperty("organisations").EnumerateArray().ToList();
        var expectedScopes = expected.RootElement.GetProperty("organisations").EnumerateArray().ToList();
        Assert.Equal(expectedScopes.Count, actualScopes.Count);
        var checkedFigures = 0;
        foreach (var (want, got) in expectedScopes.Zip(actualScopes))
        {
            foreach (var field in new[] { "organisation_code", "snapshot_date", "scope" })
            {
                Assert.Equal(want.GetProperty(field).GetString(), got.GetProperty(field).GetString());
            }
            var where = $"{want.GetProperty("organisation_code").GetString()} {want.GetProperty("scope").GetString()}";
            foreach (var metric in want.GetProperty("metrics").EnumerateObject())
            {
                checkedFigures += Compare($"{where} {metric.Name}", metric.Value, got.GetProperty("metrics").GetProperty(metric.Name));
            }
        }
        // 3 scopes × 50 ids; the count guards against an expected file that silently checks nothing.
        Assert.Equal(150, expectedScopes.Sum(s => s.GetProperty("metrics").EnumerateObject().Count()));
        Assert.True(checkedFigures > 500, $"only {checkedFigures} figures compared");
    }

    /// <summary>Compares one metric; returns how many numbers and words it compared.</summary>
    private static int Compare(string where, JsonElement want, JsonElement got)
    {
        var compared = 0;
        var value = want.GetProperty("value");
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                Near(where, "value", value.GetDouble(), got, 1e-6);
                Assert.False(got.TryGetProperty("reason", out _), $"{where} has a value and a reason");
                break;
            case JsonValueKind.String:
                Assert.True(value.GetString() == got.GetProperty("value").GetString(), $"{where}: expected {value}, got {got.GetProperty("value")}");
                break;
            default:
                Assert.True(got.GetProperty("value").ValueKind == JsonValueKind.Null, $"{where}: expected null, got {got.GetProperty("value")}");
                var reason = got.GetProperty("reason").GetString()!;
                Assert.True(reason.Contains(want.GetProperty("reason_contains").GetString()!, StringComparison.Ordinal), $"{where}: reason '{reason}'");
                Assert.False(got.TryGetProperty("ci_low", out _), $"{where} is null but has an interval");
                break;
        }
        compared++;
        foreach (var (field, tolerance) in new[] { ("numerator", 1e-6), ("denominator", 1e-6), ("ci_low", 1e-4), ("ci_high", 1e-4) })
        {
            if (want.TryGetProperty(field, out var number))
            {
                Near(where, field, number.GetDouble(), got, tolerance);
                compared++;
            }
            else if (value.ValueKind != JsonValueKind.Null)
            {
                Assert.False(got.TryGetProperty(field, out _), $"{where} has an unexpected {field}");
            }
        }
        var flag = want.TryGetProperty("flag", out var f) ? f.GetString() : null;
        Assert.True(flag == (got.TryGetProperty("flag", out var g) ? g.GetString() : null), $"{where}: flag");
        return compared;
    }

    private static void Near(string where, string field, double expected, JsonElement got, double tolerance)
    {
        Assert.True(got.TryGetProperty(field, out var actual), $"{where} has no {field}");
        Assert.True(Math.Abs(expected - actual.GetDouble()) <= tolerance, $"{where} {field}: expected {expected}, got {actual.GetDouble()}");
    }

    private JsonDocument Analyse()
    {
        var files = Directory.GetFiles(Folder, "*.csv").Order(StringComparer.Ordinal).Select(f => new FileInfo(f)).ToList();
        Assert.Equal(2, files.Count);
        var stderr = new StringWriter();
        var exit = AnalyseCommand.Run(files, new FileInfo(_output), MetricOptions.Default, new StringWriter(), stderr);
        Assert.True(exit == 0, stderr.ToString());
        return JsonDocument.Parse(File.ReadAllText(_output));
    }
}
