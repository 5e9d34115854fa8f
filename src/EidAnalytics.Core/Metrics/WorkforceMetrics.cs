using System.Globalization;
using EidAnalytics.Core.Analyses;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Metrics;

/// <summary>
/// Computes every metric of DESIGN §6 for one organisation's extract at one snapshot date. A metric whose
/// input column the extract did not carry is absent; one that cannot be calculated from the rows (a zero
/// denominator, a ratio with a zero count) is present with a null value and a reason. Ids come out in the
/// order of <see cref="MetricIds.All"/>. docs/metrics.md gives each formula and source.
/// </summary>
public static class WorkforceMetrics
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// The metrics of each scope: <see cref="Scopes.ItFunction"/> always, then <see cref="Scopes.Organisation"/>
    /// when any row's job family is <c>other</c>.
    /// </summary>
    /// <param name="records">Every row of one organisation's extract at <paramref name="snapshotDate"/>.</param>
    /// <param name="columns">The v1 columns the extract carried (<see cref="ExtractColumns"/>), lower case.</param>
    /// <param name="snapshotDate">The extract's snapshot date; P is the year up to and including it.</param>
    /// <param name="options">The baseline band.</param>
    public static IReadOnlyList<ScopeMetrics> Compute(
        IReadOnlyList<EmployeeRecord> records, IReadOnlySet<string> columns, DateOnly snapshotDate, MetricOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        var tally = new WorkforceTally(snapshotDate);
        foreach (var record in records)
        {
            tally.Add(record);
        }
        return tally.Measure(columns, options);
    }

    /// <summary>
    /// Computes the metrics of every (organisation code, snapshot date) among rows from many extracts, in one
    /// pass over the rows in their own order, ordered by organisation code (ordinal) then snapshot date. Every
    /// row is taken to come from extracts carrying the same <paramref name="columns"/>.
    /// </summary>
    public static IReadOnlyList<OrganisationMetrics> ComputeByOrganisation(
        IEnumerable<EmployeeRecord> records, IReadOnlySet<string> columns, MetricOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        CheckArguments(columns, options);
        var tallies = new OrganisationTallies();
        foreach (var record in records)
        {
            tallies.Add(record.OrganisationCode, record.Facts);
        }
        return tallies.Measure(columns, options);
    }

    private static void CheckArguments(IReadOnlySet<string> columns, MetricOptions options)
    {
        ArgumentNullException.ThrowIfNull(columns);
        CheckOptions(options);
    }

    internal static void CheckOptions(MetricOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaselineLow > options.BaselineHigh)
        {
            throw new ArgumentException("The baseline band's lower end is above its upper end.", nameof(options));
        }
        if (options.ProjectionTarget is <= 0 or >= 1 || options.ProjectionYear is < 1 or > MetricOptions.MaxProjectionYear)
        {
            throw new ArgumentException($"The projection's target must be a share between 0 and 1 and its year from 1 to {MetricOptions.MaxProjectionYear}.", nameof(options));
        }
    }

    internal static List<ScopeMetrics> MeasureScopes(OrganisationTally tally, IReadOnlySet<string> columns, MetricOptions options)
    {
        var scopes = new List<ScopeMetrics>(2) { Scope(Scopes.ItFunction, tally.ItFunction, columns, options) };
        if (tally.CoversOtherFamilies)
        {
            scopes.Add(Scope(Scopes.Organisation, tally.Organisation(), columns, options));
        }
        return scopes;
    }

    private static ScopeMetrics Scope(string scope, ScopeTally tally, IReadOnlySet<string> columns, MetricOptions options) =>
        new(scope, Measure(tally, columns, options))
        {
            Flows = columns.Contains(ExtractColumns.LeaveDate) && columns.Contains(ExtractColumns.LastPromotionDate)
                ? ProjectionFigures.Flows(tally)
                : null,
        };

    private static List<MetricValue> Measure(ScopeTally tally, IReadOnlySet<string> columns, MetricOptions options)
    {
        var metrics = new List<MetricValue>(MetricIds.All.Count);
        AddRepresentation(metrics, tally, columns, options);
        metrics.Add(WomenShare(MetricIds.HiringWomenShare, tally.Joiners, "who joined in the 12 months to the snapshot date"));
        if (columns.Contains(ExtractColumns.LeaveDate))
        {
            AddRetention(metrics, tally, columns.Contains(ExtractColumns.LeaveReason));
        }
        AddProgression(metrics, tally, columns.Contains(ExtractColumns.LastPromotionDate));
        if (columns.Contains(ExtractColumns.HourlyPay))
        {
            AddHourlyPay(metrics, tally);
        }
        if (columns.Contains(ExtractColumns.BonusPay))
        {
            AddBonusPay(metrics, tally);
        }
        AddAnalyses(metrics, tally, columns, options);
        return metrics;
    }

    /// <summary>The figures behind the figures (DESIGN §6, second version), each where its input columns were carried.</summary>
    private static void AddAnalyses(List<MetricValue> metrics, ScopeTally tally, IReadOnlySet<string> columns, MetricOptions options)
    {
        var hasPattern = columns.Contains(ExtractColumns.WorkingPattern);
        var hasLeaving = columns.Contains(ExtractColumns.LeaveDate);
        var hasPromotion = columns.Contains(ExtractColumns.LastPromotionDate);
        if (hasLeaving)
        {
            metrics.Add(AdjustedFigures.LeavingOddsRatio(tally.Analyses, hasPattern));
        }
        if (hasPromotion)
        {
            metrics.Add(AdjustedFigures.PromotionOddsRatio(tally.Analyses, hasPattern));
        }
        if (columns.Contains(ExtractColumns.HourlyPay))
        {
            metrics.Add(AdjustedFigures.PayGap(tally.Analyses, hasPattern));
        }
        if (hasLeaving && hasPromotion)
        {
            ProjectionFigures.Add(metrics, ProjectionFigures.Flows(tally), options);
        }
    }

    private static void AddRepresentation(List<MetricValue> metrics, ScopeTally tally, IReadOnlySet<string> columns, MetricOptions options)
    {
        const string AtSnapshot = "employed at the snapshot date";
        var atEnd = tally.AtEnd;
        var womenShare = WomenShare(MetricIds.WomenShare, atEnd, AtSnapshot);
        metrics.Add(womenShare);
        if (columns.Contains(ExtractColumns.Fte))
        {
            metrics.Add(Measures.WeightedShare(
                MetricIds.WomenShareFte, tally.FteAtEnd(Gender.Female), tally.DeclaredFteAtEnd, atEnd.Declared,
                NoRecordedGender(AtSnapshot)));
        }

        for (var level = 1; level <= 6; level++)
        {
            metrics.Add(WomenShare(MetricIds.WomenShareByLevel[level - 1], tally.AtEndByLevel[level - 1], $"at level {level} at the snapshot date"));
        }
        var leadership = new GenderCounts();
        leadership.AddAll(tally.AtEndByLevel[4]);
        leadership.AddAll(tally.AtEndByLevel[5]);
        metrics.Add(WomenShare(MetricIds.WomenShareLeadership, leadership, "at levels 5–6 at the snapshot date"));
        metrics.Add(BaselineBand(womenShare, options));

        const string NobodyAtSnapshot = "No one in this group was employed at the snapshot date.";
        metrics.Add(Measures.Share(MetricIds.DeclarationRateGender, atEnd.Declared, atEnd.All, NobodyAtSnapshot));

        var hasEthnicity = columns.Contains(ExtractColumns.Ethnicity);
        var ethnicGroups = tally.AtEndByEthnicity;
        var ethnicityDeclared = atEnd.All - ethnicGroups[(int)Ethnicity.Undisclosed].All;
        if (hasEthnicity)
        {
            metrics.Add(Measures.Share(MetricIds.DeclarationRateEthnicity, ethnicityDeclared, atEnd.All, NobodyAtSnapshot));
        }
        var hasDisability = columns.Contains(ExtractColumns.Disability);
        var disabled = tally.DisabilityAtEnd(Disability.Yes);
        var disabilityDeclared = disabled + tally.DisabilityAtEnd(Disability.No);
        if (hasDisability)
        {
            metrics.Add(Measures.Share(MetricIds.DeclarationRateDisability, disabilityDeclared, atEnd.All, NobodyAtSnapshot));
        }
        if (hasEthnicity)
        {
            // Ethnic minority: every declared ONS 2021 group except white. White minorities (Irish, Gypsy or
            // Irish Traveller, Roma, other White) cannot be told apart at this level of the standard.
            metrics.Add(Measures.Share(
                MetricIds.EthnicMinorityShare, ethnicityDeclared - ethnicGroups[(int)Ethnicity.White].All, ethnicityDeclared,
                "No one employed at the snapshot date has declared an ethnicity."));
        }
        if (hasDisability)
        {
            metrics.Add(Measures.Share(
                MetricIds.DisabledShare, disabled, disabilityDeclared,
                "No one employed at the snapshot date has declared whether they are disabled."));
        }
        if (hasEthnicity)
        {
            for (var group = 0; group < MetricIds.WomenShareByEthnicity.Count; group++)
            {
                var code = Codes.Ethnicity.Format((Ethnicity)group);
                metrics.Add(WomenShare(MetricIds.WomenShareByEthnicity[group], ethnicGroups[group], $"of {code} ethnicity at the snapshot date"));
            }
        }
    }

    private static MetricValue BaselineBand(MetricValue womenShare, MetricOptions options)
    {
        if (womenShare.CiLow is not { } low || womenShare.CiHigh is not { } high)
        {
            return MetricValue.Missing(MetricIds.BaselineBand, womenShare.Reason ?? "There is no women share to compare.");
        }
        var band = high < options.BaselineLow ? MetricCategories.Below
            : low > options.BaselineHigh ? MetricCategories.Above
            : MetricCategories.Within;
        return new MetricValue(MetricIds.BaselineBand, null, womenShare.Numerator, womenShare.Denominator, low, high, band);
    }

    private static void AddRetention(List<MetricValue> metrics, ScopeTally tally, bool hasLeaveReason)
    {
        foreach (var cohort in Cohort.EveryoneWomenMen)
        {
            metrics.Add(Turnover(cohort.Id(MetricIds.TurnoverRate), tally.Leavers, tally, cohort));
        }
        if (hasLeaveReason)
        {
            foreach (var cohort in Cohort.EveryoneWomenMen)
            {
                metrics.Add(Turnover(cohort.Id(MetricIds.VoluntaryTurnoverRate), tally.VoluntaryLeavers, tally, cohort));
            }
        }
        foreach (var cohort in Cohort.EveryoneWomenMen)
        {
            metrics.Add(Measures.Share(
                cohort.Id(MetricIds.StabilityIndex), cohort.Count(tally.Stayed), cohort.Count(tally.AtStart),
                $"No {cohort.Noun} in this group were employed 12 months before the snapshot date."));
        }
        metrics.Add(Measures.Ratio(
            MetricIds.LeavingRelativeLikelihood,
            tally.Leavers.Women, tally.Rows.Women, tally.Leavers.Men, tally.Rows.Men,
            UndefinedRatio("leaver among women and among men", tally.Leavers.Women, tally.Leavers.Men)));
    }

    /// <summary>CIPD crude turnover: leavers in P / ((|S0| + |S1|) / 2).</summary>
    private static MetricValue Turnover(string id, GenderCounts leavers, ScopeTally tally, Cohort cohort) =>
        Measures.Rate(
            id, cohort.Count(leavers), (cohort.Count(tally.AtStart) + cohort.Count(tally.AtEnd)) / 2.0,
            $"No {cohort.Noun} in this group were employed at the start or at the end of the 12 months, so there is no average head count.");

    private static void AddProgression(List<MetricValue> metrics, ScopeTally tally, bool hasPromotionDate)
    {
        if (hasPromotionDate)
        {
            foreach (var cohort in Cohort.EveryoneWomenMen)
            {
                metrics.Add(Measures.Share(
                    cohort.Id(MetricIds.PromotionRate), cohort.Count(tally.PromotedAtEnd), cohort.Count(tally.AtEnd),
                    $"No {cohort.Noun} in this group were employed at the snapshot date."));
            }
            var promoted = tally.PromotedAtEnd;
            var likelihood = Measures.Ratio(
                MetricIds.PromotionRelativeLikelihood,
                promoted.Women, tally.AtEnd.Women, promoted.Men, tally.AtEnd.Men,
                UndefinedRatio("promotion among women and among men", promoted.Women, promoted.Men));
            metrics.Add(likelihood with { Category = FourFifths(likelihood.Value) });
        }

        for (var level = 2; level <= 6; level++)
        {
            var upper = tally.AtEndByLevel[level - 1];
            var lower = tally.AtEndByLevel[level - 2];
            metrics.Add(Measures.Ratio(
                MetricIds.PipelineRatioByLevel[level - 2], upper.Women, upper.Declared, lower.Women, lower.Declared,
                UndefinedRatio($"woman at level {level} and at level {level - 1}", upper.Women, lower.Women)));
        }
    }

    /// <summary>
    /// The US four-fifths rule (Uniform Guidelines on Employee Selection Procedures 1978, 29 CFR 1607.4(D)) on
    /// the point estimate: below 0.80 adverse; 0.80–1.25 not; above 1.25 (men's rate below four-fifths of
    /// women's) described neutrally.
    /// </summary>
    private static string? FourFifths(double? ratio) => ratio switch
    {
        null => null,
        < 0.8 => MetricCategories.Adverse,
        > 1.25 => MetricCategories.HigherForWomen,
        _ => MetricCategories.NonAdverse,
    };

    private static void AddHourlyPay(List<MetricValue> metrics, ScopeTally tally)
    {
        var women = ScopeTally.Ascending(tally.WomenHourlyPay);
        var men = ScopeTally.Ascending(tally.MenHourlyPay);
        AddGaps(metrics, MetricIds.PayMeanGap, MetricIds.PayMedianGap, women, men, "hourly pay", "have hourly pay");

        var sections = PayQuartiles.Split(women, men);
        for (var quartile = 0; quartile < 4; quartile++)
        {
            metrics.Add(Measures.Share(
                MetricIds.PayQuartileWomenShare[quartile], sections[quartile].Women, sections[quartile].Size,
                string.Create(Invariant, $"Only {women.Length + men.Length} women and men employed at the snapshot date have hourly pay, too few to fill this quartile.")));
        }
    }

    private static void AddBonusPay(List<MetricValue> metrics, ScopeTally tally)
    {
        AddGaps(
            metrics, MetricIds.BonusMeanGap, MetricIds.BonusMedianGap,
            ScopeTally.Ascending(tally.WomenBonuses), ScopeTally.Ascending(tally.MenBonuses), "bonus pay", "were paid a bonus");
        metrics.Add(Measures.Share(
            MetricIds.BonusShareWomen, tally.WomenBonuses.Count, tally.WithBonusValue.Women,
            "No women employed at the snapshot date have a bonus pay value."));
        metrics.Add(Measures.Share(
            MetricIds.BonusShareMen, tally.MenBonuses.Count, tally.WithBonusValue.Men,
            "No men employed at the snapshot date have a bonus pay value."));
    }

    /// <summary>Mean and median gaps (SI 2017/353 Sch. 1 paras 8–11) from each gender's values, sorted ascending.</summary>
    private static void AddGaps(
        List<MetricValue> metrics, string meanId, string medianId, double[] women, double[] men, string payName, string havePay)
    {
        if (women.Length == 0 || men.Length == 0)
        {
            var reason = string.Create(
                Invariant,
                $"Needs at least one woman and one man employed at the snapshot date who {havePay}; there were {women.Length} women and {men.Length} men.");
            metrics.Add(MetricValue.Missing(meanId, reason));
            metrics.Add(MetricValue.Missing(medianId, reason));
            return;
        }
        metrics.Add(Measures.Gap(meanId, Descriptive.Mean(men), Descriptive.Mean(women), $"mean {payName}"));
        metrics.Add(Measures.Gap(medianId, Descriptive.MedianOfSorted(men), Descriptive.MedianOfSorted(women), $"median {payName}"));
    }

    private static MetricValue WomenShare(string id, GenderCounts counts, string who) =>
        Measures.Share(id, counts.Women, counts.Declared, NoRecordedGender(who));

    private static string NoRecordedGender(string who) =>
        $"No one {who} has a recorded gender of female, male or other, so there is no women share.";

    private static string UndefinedRatio(string needed, int countA, int countB) =>
        string.Create(
            Invariant,
            $"The comparison needs at least one {needed}, and there were {countA} and {countB}: with none on one side, one group cannot be compared with the other as a number of times.");

    /// <summary>Everyone, women or men: the three cohorts of the <c>{,.women,.men}</c> metric families.</summary>
    private sealed record Cohort(string Suffix, string Noun, Func<GenderCounts, int> Count)
    {
        public static readonly Cohort[] EveryoneWomenMen =
        [
            new("", "people", c => c.All),
            new(".women", "women", c => c.Women),
            new(".men", "men", c => c.Men),
        ];

        public string Id(string familyId) => familyId + Suffix;
    }
}
