using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Organisations;

/// <summary>
/// The dashboard's retention, progression, pay and hiring sections, read from the HTML the page serves
/// after a hand-built extract (<see cref="CouncilExtract"/>) has gone through the upload API. Every number
/// below is worked out by hand in the comments.
/// </summary>
public sealed class DashboardTests(CouncilApp app) : IClassFixture<CouncilApp>, IAsyncLifetime
{
    private IDocument _page = null!;

    public async Task InitializeAsync()
    {
        var viewer = await app.SignedInClientAsync(Roles.Viewer, CouncilApp.Code);
        _page = await new HtmlParser().ParseDocumentAsync(await viewer.GetStringAsync($"/organisations/{CouncilApp.Code}"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Key_findings_at_the_top_read_the_share_against_the_band_leaving_and_the_median_pay_gap()
    {
        // IT function at the snapshot: 4 women of 9 = 44.4% (Wilson 95% 18.9%–73.3%, above the band's 16%).
        // Leaving: 1 of 5 women, 2 of 7 men; the interval 0.1–5.8 holds 1. No one at levels 5 and 6 is a woman's
        // share of a group of 20 or more, but the own figures are exact: leadership is M4 alone, 0 of 1.
        // Median hourly pay of those with pay in S1: women £15, £20, £25, £14 → £17.50; men £14, £20, £30, £35, £12 → £20.00.
        Assert.Equal(
            "On 31 March 2025 women were 44.4% of the IT function (4 of 9 people), above the 12–16% typical of council IT and digital teams."
            + " In leadership (levels 5 and 6) they were 0.0% (0 of 1)."
            + " Women and men left at rates no further apart than chance could explain."
            + " Women's median hourly pay (£17.50) was 12.5% lower than men's (£20.00).",
            Text("#key-findings p"));
    }

    [Fact]
    public void The_contents_list_links_to_every_section_shown_and_each_link_lands_on_its_heading()
    {
        var links = _page.QuerySelectorAll("#contents a").Select(a => (Href: a.GetAttribute("href")!, a.TextContent)).ToList();

        Assert.All(links, link => Assert.NotNull(_page.GetElementById(link.Href.TrimStart('#'))));
        Assert.Equal(
            ["Key findings", "Women in the IT function", "Joiners", "Leaving and staying", "Progression", "Pay"],
            links.Select(l => l.TextContent).Take(6));
        Assert.Equal("Datasets", links[^1].TextContent);
        // Every section heading of the page is in the list.
        Assert.All(_page.QuerySelectorAll("main section.eid-section > h3[id]"), heading => Assert.Contains($"#{heading.Id}", links.Select(l => l.Href)));
    }

    [Fact]
    public void The_retention_sentences_give_turnover_and_stability_with_their_intervals()
    {
        // Turnover: 3 leavers / ((10 + 9) / 2) = 3 / 9.5 = 0.315789. Exact Poisson 95% limits for 3 are
        // 0.618672 and 8.767273; / 9.5 = 0.065123–0.922871.
        // Women: 1 / ((4 + 4) / 2) = 0.25; men: 2 / ((6 + 5) / 2) = 2 / 5.5 = 0.363636.
        // Voluntary: 2 (W4, M6) / 9.5 = 0.210526; Poisson for 2 is 0.242209–7.224688, / 9.5 = 0.025496–0.760493.
        // Stability: S0 still employed = W1 W2 W3 M1 M2 M3 M4 = 7 of 10; Wilson 95% 0.396778–0.892209.
        var sentences = Texts("#it-function-retention-sentences li");

        Assert.Equal(
            "Turnover was 31.6% in the year to 31 March 2025: 3 leavers against an average head count of 9.5 (95% CI 6.5%–92.3%).",
            sentences[0]);
        Assert.StartsWith("Turnover among women was 25.0% in the year to 31 March 2025: 1 leaver against an average head count of 4 ", sentences[1]);
        Assert.StartsWith("Turnover among men was 36.4% in the year to 31 March 2025: 2 leavers against an average head count of 5.5 ", sentences[2]);
        Assert.Equal(
            "Voluntary turnover was 21.1% in the year to 31 March 2025: 2 voluntary leavers against an average head count of 9.5 (95% CI 2.5%–76.0%).",
            sentences[3]);
        Assert.Equal(
            "7 of the 10 people employed on 31 March 2024 were still employed on 31 March 2025: a stability index of 70.0% (95% CI 39.7%–89.2%).",
            sentences[6]);
        Assert.Equal(9, sentences.Count);
    }

    [Fact]
    public void The_leaving_likelihood_reads_as_a_neutral_sentence()
    {
        // Leaving proportion over every row: women 1 / 5 = 0.2, men 2 / 7 = 0.285714; ratio 0.7.
        // SE = √(1/1 − 1/5 + 1/2 − 1/7) = √1.157143 = 1.075706; × 1.959964 = 2.108345;
        // 0.7 × e^−2.108345 = 0.085007, 0.7 × e^2.108345 = 5.764219: the interval holds 1.
        Assert.Equal(
            "Women were 0.7 times as likely as men to leave in the year to 31 March 2025 (95% CI 0.1–5.8): not a significant difference."
            + " Of the women employed during the year 20.0% left, of the men 28.6%.",
            Text("#it-function-leaving-likelihood"));
    }

    [Fact]
    public void The_retention_table_holds_the_same_figures()
    {
        // Turnover, women: 1 leaver of an average 4; Poisson for 1 is 0.025318–5.571643, / 4 = 0.006329–1.392911.
        Assert.Equal(["Turnover, women", "1", "4", "25.0%", "0.6%–139.3%"], Row("#it-function-retention-table", "Turnover, women"));
        Assert.Equal(["Stability index, everyone", "7", "10", "70.0%", "39.7%–89.2%"], Row("#it-function-retention-table", "Stability index, everyone"));
    }

    [Fact]
    public void The_promotion_ratio_and_the_four_fifths_rule_are_described_without_judgement()
    {
        // Promoted and still employed: W2 of 4 women = 0.25, M2 and M3 of 5 men = 0.4 (W4 was promoted but left).
        // Ratio 0.25 / 0.4 = 0.625 < 0.80. SE = √(1/1 − 1/4 + 1/2 − 1/5) = √1.05 = 1.024695; × z = 2.008364;
        // 0.625 × e^∓2.008364 = 0.083880–4.656955.
        var box = Text("#it-function-promotion-likelihood");

        Assert.Contains(
            "Women were 0.6 times as likely as men to be promoted in the year to 31 March 2025 (95% CI 0.1–4.7): not a significant difference."
            + " Of the women employed on 31 March 2025 25.0% were promoted in the year, of the men 40.0%.",
            box, StringComparison.Ordinal);
        Assert.Equal(
            "Four-fifths rule: women were promoted at less than four-fifths of men's rate (a ratio below 0.80). The interval includes 1, so the difference could be chance.",
            Text("#it-function-four-fifths"));
        // Women 1 of 4: Wilson 95% 0.045587–0.699358.
        Assert.Equal(["Women", "1", "4", "25.0%", "4.6%–69.9%"], Row("#it-function-promotion-table", "Women"));
        // Everyone 3 of 9: Wilson 0.120584–0.645798.
        Assert.Equal(["Everyone", "3", "9", "33.3%", "12.1%–64.6%"], Row("#it-function-promotion-table", "Everyone"));
    }

    [Fact]
    public void The_pipeline_table_gives_each_ratio_or_why_there_is_none()
    {
        // S1 by level: L1 nobody; L2 W1 W5 M1 M7 (2 of 4 women); L3 W2 M2 (1 of 2); L4 W3 M3 (1 of 2); L5 M4 (0 of 1).
        // Level 4: 0.5 / 0.5 = 1; SE = √(1 − 1/2 + 1 − 1/2) = 1; e^∓1.959964 = 0.140863–7.099071.
        Assert.Equal(["4 Senior", "50.0%", "50.0%", "1.00", "0.14–7.10"], Row("#it-function-pipeline-table", "4 Senior"));
        // Level 3: 0.5 / 0.5 = 1; SE = √(1 − 1/2 + 1/2 − 1/4) = 0.866025; e^∓1.697428 = 0.183163–5.459617.
        Assert.Equal(["3 Practitioner", "50.0%", "50.0%", "1.00", "0.18–5.46"], Row("#it-function-pipeline-table", "3 Practitioner"));
        // Level 2 over an empty level 1: no women below, so no ratio.
        var level2 = Row("#it-function-pipeline-table", "2 Junior");
        Assert.Contains("at least one woman at level 2 and at level 1, and there were 2 and 0", level2[^1], StringComparison.Ordinal);
        Assert.Equal(1, _page.QuerySelectorAll("#it-function-pipeline-title").Length);
    }

    [Fact]
    public void The_pay_gaps_follow_the_sign_convention_and_give_both_averages()
    {
        // Hourly pay in S1. Women £14, £15, £20, £25: mean 74 / 4 = 18.50, median (15 + 20) / 2 = 17.50.
        // Men £12, £14, £20, £30, £35: mean 111 / 5 = 22.20, median 20.00.
        // Mean gap (22.20 − 18.50) / 22.20 × 100 = 16.6667; median gap (20 − 17.50) / 20 × 100 = 12.5.
        Assert.Equal(["Mean hourly pay", "£22.20", "£18.50", "+16.7%"], Row("#it-function-pay-gap-table", "Mean hourly pay"));
        Assert.Equal(["Median hourly pay", "£20.00", "£17.50", "+12.5%"], Row("#it-function-pay-gap-table", "Median hourly pay"));
        Assert.Equal("Women's median hourly pay (£17.50) was 12.5% lower than men's (£20.00).", Texts("#it-function-pay-sentences li")[1]);
        Assert.Contains("positive when men are paid more on average", Text("#it-function-gap-convention"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_quartile_table_shares_tied_rates_across_the_boundary()
    {
        // Ranked pay, 9 people: £12 M | £14 W, £14 M | £15 W | £20 W, £20 M | £25 W | £30 M | £35 M.
        // Sections of ⌊k·9/4⌋: ranks 0–1, 2–3, 4–5, 6–8. The £14 pair straddles the first edge: each section
        // takes one of the two, as ½ a woman. Q1 = 0 + 0.5 = 0.5 of 2; Q2 = 0.5 + 1 (£15) = 1.5 of 2;
        // Q3 = the £20 pair = 1 of 2; Q4 = £25 W, £30, £35 = 1 of 3.
        // Wilson 95%: 0.5/2 → 0.026677–0.802133; 1.5/2 → 0.197867–0.973323; 1/2 → 0.094531–0.905469; 1/3 → 0.061492–0.792340.
        const string Table = "#it-function-quartile-table";
        Assert.Equal(["Lower quartile (lowest paid)", "0.5", "2", "25.0%", "2.7%–80.2%"], Row(Table, "Lower quartile (lowest paid)"));
        Assert.Equal(["Lower middle quartile", "1.5", "2", "75.0%", "19.8%–97.3%"], Row(Table, "Lower middle quartile"));
        Assert.Equal(["Upper middle quartile", "1", "2", "50.0%", "9.5%–90.5%"], Row(Table, "Upper middle quartile"));
        Assert.Equal(["Upper quartile (highest paid)", "1", "3", "33.3%", "6.1%–79.2%"], Row(Table, "Upper quartile (highest paid)"));
        Assert.Equal(1, _page.QuerySelectorAll("#it-function-quartiles-title").Length);
    }

    [Fact]
    public void Bonus_gaps_compare_those_paid_a_bonus_and_shares_count_everyone_with_a_value()
    {
        // Paid a bonus above £0: women W2 £100 (1 of 4 with a value), men M2 £200, M3 £300 (2 of 5).
        // Mean and median: men 250, women 100; gap (250 − 100) / 250 × 100 = 60.
        Assert.Equal(["Mean bonus", "£250.00", "£100.00", "+60.0%"], Row("#it-function-bonus-gap-table", "Mean bonus"));
        // Men 2 of 5: Wilson 0.117621–0.769276.
        Assert.Equal(["Men", "2", "5", "40.0%", "11.8%–76.9%"], Row("#it-function-bonus-share-table", "Men"));
        Assert.Equal(
            "1 of the 4 women employed on 31 March 2025 was paid a bonus in the year to that date: 25.0% (95% CI 4.6%–69.9%).",
            Texts("#it-function-bonus-sentences li")[0]);
    }

    [Fact]
    public void The_hiring_sentence_counts_women_among_joiners()
    {
        // Joiners W5 and M7: 1 of 2; Wilson 0.094531–0.905469.
        Assert.Equal(
            "Women were 1 of the 2 people who joined the IT function in the year to 31 March 2025 and whose gender is recorded: 50.0% (95% CI 9.5%–90.5%).",
            Text("#it-function-hiring"));
    }

    [Fact]
    public void The_whole_organisation_has_its_own_sections()
    {
        // Adding O1 and O2, both long-serving and still employed: S0 = 12, S1 = 11, leavers 3.
        // 3 / 11.5 = 0.260870; Poisson for 3 / 11.5 = 0.053798–0.762372.
        Assert.Equal(
            "Turnover was 26.1% in the year to 31 March 2025: 3 leavers against an average head count of 11.5 (95% CI 5.4%–76.2%).",
            Texts("#organisation-retention-sentences li")[0]);
        Assert.NotNull(_page.QuerySelector("#organisation-quartile-table"));
        Assert.NotNull(_page.QuerySelector("#scope-organisation"));
    }

    [Fact]
    public async Task An_extract_without_leave_promotion_or_pay_columns_says_what_cannot_be_shown()
    {
        // Extracts.ItTeam: 2 women and 6 men at level 3, all started in 2020, no leave, promotion or pay columns.
        await app.AddOrganisationAsync("E09000402", "Sparse Borough");
        var client = await app.UploaderClientAsync("E09000402");
        await Extracts.UploadAsync(client, "E09000402", Extracts.ItTeam("E09000402", women: 2, men: 6));
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/organisations/E09000402"));

        Assert.Contains("no leave dates", page.QuerySelector("#it-function-retention-absent")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("no promotion dates", page.QuerySelector("#it-function-promotion-absent")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#it-function-pay-heading"));
        Assert.Null(page.QuerySelector("#it-function-ethnicity-heading"));
        // Nobody joined in the year, so the hiring share has no denominator and the page gives the reason.
        Assert.Equal(
            "The share of women among people who joined the IT function in the year to 31 March 2025 and whose gender is recorded cannot be calculated. "
            + "No one who joined in the 12 months to the snapshot date has a recorded gender of female, male or other, so there is no women share.",
            Normalise(page.QuerySelector("#it-function-hiring")!.TextContent));
        // Everyone is at level 3: the pipeline ratios at 3 and 4 have no women at one of their levels.
        Assert.Contains("there were 2 and 0", page.QuerySelectorAll("#it-function-pipeline-table tbody tr")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_target_is_summarised_once_though_both_scopes_have_the_form()
    {
        var viewer = await app.SignedInClientAsync(Roles.Viewer, CouncilApp.Code);
        var page = await new HtmlParser().ParseDocumentAsync(await viewer.GetStringAsync($"/organisations/{CouncilApp.Code}?target=0&years=2"));

        Assert.Single(page.QuerySelectorAll(".govuk-error-summary"));
        Assert.Equal(2, page.QuerySelectorAll("form.eid-target-form").Length);
        Assert.Equal("Error: The women's share must be a whole number between 1 and 99", Normalise(page.QuerySelector("#organisation-target-error")!.TextContent));
    }

    private string Text(string selector) =>
        Normalise((_page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"{selector} is not on the page")).TextContent);

    private List<string> Texts(string selector) => _page.QuerySelectorAll(selector).Select(e => Normalise(e.TextContent)).ToList();

    /// <summary>The cells of the table row whose header is <paramref name="label"/>, header first.</summary>
    private string[] Row(string table, string label)
    {
        var row = _page.QuerySelectorAll($"{table} tbody tr")
            .FirstOrDefault(r => Normalise(r.QuerySelector("th")!.TextContent) == label)
            ?? throw new Xunit.Sdk.XunitException($"{table} has no row '{label}'");
        return row.Children.Select(c => Normalise(c.TextContent)).ToArray();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
