using System.Globalization;
using System.Text;
using System.Text.Json;
using EidAnalytics.Cli.Analyse;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Cli.Tests.Analyse;

/// <summary>
/// <c>./eid analyse</c> writes issue 13's <c>adjusted.*</c> and <c>projection.*</c> ids, with their intervals
/// and the unadjusted figure, for an extract small enough to work out on paper (the same two-level workforce
/// as the Web tests' AnalysisExtract):
///   level 2: 20 women (8 left), 10 men (4 left); level 4: 10 women (2 left), 20 men (4 left); all since 2018;
///   pay of stayers, half at a rate and half at 1.25 times it: level 2 women £18.00 / £22.50 (6 + 6),
///   men £20.00 / £25.00 (3 + 3); level 4 women £27.00 / £33.75 (4 + 4), men £30.00 / £37.50 (8 + 8).
/// </summary>
public sealed class AnalyseAnalysesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("eid-analyses-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_json_carries_the_adjusted_figures_and_the_projection_worked_out_by_hand()
    {
        var file = new FileInfo(Path.Combine(_folder.FullName, "two-levels.csv"));
        File.WriteAllText(file.FullName, Csv("E09000513"));
        var stdout = new StringWriter();

        var exit = AnalyseCommand.Run([file], null, MetricOptions.Default, stdout, new StringWriter());

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(stdout.ToString());
        var metrics = document.RootElement.GetProperty("organisations")[0].GetProperty("metrics");

        // Leaving: raw (10/20) / (8/22) = 1.375; equal proportions within each level give β_female = 0, odds
        // ratio 1; information Σ p(1 − p)·n_F·n_M / n = 0.24 × 200 / 30 + 0.16 × 200 / 30 = 2.666667, SE 0.612372,
        // e^∓(1.959964 × 0.612372) = 0.301126–3.320874.
        var leaving = metrics.GetProperty("adjusted.leaving_odds_ratio");
        Assert.Equal(1.0, leaving.GetProperty("value").GetDouble(), 1e-3);
        Assert.Equal(0.301126, leaving.GetProperty("ci_low").GetDouble(), 1e-3);
        Assert.Equal(3.320874, leaving.GetProperty("ci_high").GetDouble(), 1e-2);
        Assert.Equal(1.375, leaving.GetProperty("unadjusted").GetDouble(), 1e-9);

        // Pay: β_female = ln 0.9 exactly, gap 10%; RSS = 42 × (½ ln 1.25)² = 0.522827 on 39 df, σ² = 0.013406;
        // Σ n_F·n_M / n = 4 + 5.333333 = 9.333333, SE 0.037899; t(0.975, 39) = 2.022691, spread 0.076658;
        // limits (1 − e^(ln 0.9 ± 0.076658)) × 100 = 2.829445 and 16.641414. Raw geometric-mean gap 21.184317%.
        var gap = metrics.GetProperty("adjusted.pay_gap");
        Assert.Equal(10.0, gap.GetProperty("value").GetDouble(), 1e-6);
        Assert.Equal(2.829445, gap.GetProperty("ci_low").GetDouble(), 1e-4);
        Assert.Equal(16.641414, gap.GetProperty("ci_high").GetDouble(), 1e-4);
        Assert.Equal(21.184317, gap.GetProperty("unadjusted").GetDouble(), 1e-4);

        // Nobody promoted: a reason, not a number.
        var promotion = metrics.GetProperty("adjusted.promotion_odds_ratio");
        Assert.Equal(JsonValueKind.Null, promotion.GetProperty("value").ValueKind);
        Assert.Contains("promoted", promotion.GetProperty("reason").GetString(), StringComparison.Ordinal);

        // Hiring share for 30% in 5 years: 12.6 = (0.93312 + 2.62144) + (16.60032 + 16.13568)h, h = 0.276315.
        Assert.Equal(0.276315, metrics.GetProperty("projection.hiring_share_needed").GetProperty("value").GetDouble(), 1e-6);
        // Each level's hires keep its women share (no one joined), so the point projection stays at 20 / 42;
        // every year's bootstrap interval holds it.
        foreach (var year in Enumerable.Range(1, 5))
        {
            var share = metrics.GetProperty($"projection.women_share.year.{year}");
            Assert.InRange(20.0 / 42, share.GetProperty("ci_low").GetDouble(), share.GetProperty("ci_high").GetDouble());
            Assert.Equal(JsonValueKind.Null, metrics.GetProperty($"projection.leadership_share.year.{year}").GetProperty("value").ValueKind);
        }
    }

    private static string Csv(string code)
    {
        var csv = new StringBuilder("organisation_code,snapshot_date,employee_ref,job_family,level,start_date,last_promotion_date,leave_date,leave_reason,gender,hourly_pay\n");
        var n = 0;
        void Add(int count, int level, string gender, string? pay, bool left)
        {
            for (var i = 0; i < count; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{code},2025-03-31,E{++n},it,{level},2018-01-05,,{(left ? "2024-10-31,voluntary" : ",")},{gender},{pay}\n");
            }
        }
        Add(8, 2, "female", null, left: true);
        Add(6, 2, "female", "18.00", left: false);
        Add(6, 2, "female", "22.50", left: false);
        Add(4, 2, "male", null, left: true);
        Add(3, 2, "male", "20.00", left: false);
        Add(3, 2, "male", "25.00", left: false);
        Add(2, 4, "female", null, left: true);
        Add(4, 4, "female", "27.00", left: false);
        Add(4, 4, "female", "33.75", left: false);
        Add(4, 4, "male", null, left: true);
        Add(8, 4, "male", "30.00", left: false);
        Add(8, 4, "male", "37.50", left: false);
        return csv.ToString();
    }
}
