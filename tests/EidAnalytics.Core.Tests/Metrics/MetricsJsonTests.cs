using System.Text.Json;
using EidAnalytics.Core.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Metrics;

public class MetricsJsonTests
{
    [Fact]
    public void Computed_metrics_are_written_as_the_design_section_nine_document()
    {
        // The DESIGN §9 example: 12 women of 64, Wilson 0.1106–0.2997. Three women and six men promoted.
        var rows = Team(Woman.Promoted().Times(3), Woman.Times(9), Man.Promoted().Times(6), Man.Times(46));
        var organisations = WorkforceMetrics.ComputeByOrganisation(rows, AllColumns, MetricOptions.Default);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            MetricsJson.Write(writer, organisations);
        }
        using var document = JsonDocument.Parse(stream.ToArray());

        var scope = document.RootElement.GetProperty("organisations")[0];
        Assert.Equal("E09000030", scope.GetProperty("organisation_code").GetString());
        Assert.Equal("2025-03-31", scope.GetProperty("snapshot_date").GetString());
        Assert.Equal("it_function", scope.GetProperty("scope").GetString());
        var metrics = scope.GetProperty("metrics");

        var share = metrics.GetProperty(MetricIds.WomenShare);
        Assert.Equal(0.1875, share.GetProperty("value").GetDouble(), 1e-6);
        Assert.Equal(12, share.GetProperty("numerator").GetDouble());
        Assert.Equal(64, share.GetProperty("denominator").GetDouble());
        Assert.Equal(0.1106, share.GetProperty("ci_low").GetDouble(), 1e-4);
        Assert.Equal(0.2997, share.GetProperty("ci_high").GetDouble(), 1e-4);

        Assert.Equal("within", metrics.GetProperty(MetricIds.BaselineBand).GetProperty("value").GetString());

        // (3/12) / (6/52) = 0.25 / 0.115385 = 2.166667 > 1.25
        var likelihood = metrics.GetProperty(MetricIds.PromotionRelativeLikelihood);
        Assert.Equal(2.166667, likelihood.GetProperty("value").GetDouble(), 1e-6);
        Assert.Equal(MetricCategories.HigherForWomen, likelihood.GetProperty("flag").GetString());

        var nobodyLeft = metrics.GetProperty(MetricIds.LeavingRelativeLikelihood);
        Assert.Equal(JsonValueKind.Null, nobodyLeft.GetProperty("value").ValueKind);
        Assert.Contains("at least one leaver", nobodyLeft.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
