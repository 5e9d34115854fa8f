namespace EidAnalytics.Core.Metrics;

/// <summary>
/// The stable ids of DESIGN §6, one constant each. <see cref="All"/> lists them in the order
/// <see cref="WorkforceMetrics"/> emits them; docs/metrics.md defines each one.
/// </summary>
public static class MetricIds
{
    public const string WomenShare = "representation.women_share";
    public const string WomenShareFte = "representation.women_share_fte";
    public const string WomenShareLevel1 = "representation.women_share.level.1";
    public const string WomenShareLevel2 = "representation.women_share.level.2";
    public const string WomenShareLevel3 = "representation.women_share.level.3";
    public const string WomenShareLevel4 = "representation.women_share.level.4";
    public const string WomenShareLevel5 = "representation.women_share.level.5";
    public const string WomenShareLevel6 = "representation.women_share.level.6";
    public const string WomenShareLeadership = "representation.women_share.leadership";
    public const string BaselineBand = "representation.baseline_band";
    public const string DeclarationRateGender = "representation.declaration_rate.gender";
    public const string DeclarationRateEthnicity = "representation.declaration_rate.ethnicity";
    public const string DeclarationRateDisability = "representation.declaration_rate.disability";
    public const string EthnicMinorityShare = "representation.ethnic_minority_share";
    public const string DisabledShare = "representation.disabled_share";
    public const string WomenShareAsian = "representation.women_share.ethnicity.asian";
    public const string WomenShareBlack = "representation.women_share.ethnicity.black";
    public const string WomenShareMixed = "representation.women_share.ethnicity.mixed";
    public const string WomenShareWhite = "representation.women_share.ethnicity.white";
    public const string WomenShareOtherEthnicity = "representation.women_share.ethnicity.other";

    public const string HiringWomenShare = "hiring.women_share";

    public const string TurnoverRate = "retention.turnover_rate";
    public const string TurnoverRateWomen = "retention.turnover_rate.women";
    public const string TurnoverRateMen = "retention.turnover_rate.men";
    public const string VoluntaryTurnoverRate = "retention.voluntary_turnover_rate";
    public const string VoluntaryTurnoverRateWomen = "retention.voluntary_turnover_rate.women";
    public const string VoluntaryTurnoverRateMen = "retention.voluntary_turnover_rate.men";
    public const string StabilityIndex = "retention.stability_index";
    public const string StabilityIndexWomen = "retention.stability_index.women";
    public const string StabilityIndexMen = "retention.stability_index.men";
    public const string LeavingRelativeLikelihood = "retention.leaving_relative_likelihood";

    public const string PromotionRate = "progression.promotion_rate";
    public const string PromotionRateWomen = "progression.promotion_rate.women";
    public const string PromotionRateMen = "progression.promotion_rate.men";
    public const string PromotionRelativeLikelihood = "progression.promotion_relative_likelihood";
    public const string PipelineRatioLevel2 = "progression.pipeline_ratio.level.2";
    public const string PipelineRatioLevel3 = "progression.pipeline_ratio.level.3";
    public const string PipelineRatioLevel4 = "progression.pipeline_ratio.level.4";
    public const string PipelineRatioLevel5 = "progression.pipeline_ratio.level.5";
    public const string PipelineRatioLevel6 = "progression.pipeline_ratio.level.6";

    public const string PayMeanGap = "pay.mean_gap";
    public const string PayMedianGap = "pay.median_gap";
    public const string PayQuartile1WomenShare = "pay.quartile.1.women_share";
    public const string PayQuartile2WomenShare = "pay.quartile.2.women_share";
    public const string PayQuartile3WomenShare = "pay.quartile.3.women_share";
    public const string PayQuartile4WomenShare = "pay.quartile.4.women_share";
    public const string BonusMeanGap = "pay.bonus_mean_gap";
    public const string BonusMedianGap = "pay.bonus_median_gap";
    public const string BonusShareWomen = "pay.bonus_share.women";
    public const string BonusShareMen = "pay.bonus_share.men";

    public const string AdjustedLeavingOddsRatio = "adjusted.leaving_odds_ratio";
    public const string AdjustedPromotionOddsRatio = "adjusted.promotion_odds_ratio";
    public const string AdjustedPayGap = "adjusted.pay_gap";
    public const string ProjectionHiringShareNeeded = "projection.hiring_share_needed";

    /// <summary>How many years ahead the projection's ids run.</summary>
    public const int ProjectionYears = 5;

    /// <summary><c>projection.women_share.year.{1..5}</c>; index 0 is a year after the snapshot.</summary>
    public static readonly IReadOnlyList<string> ProjectionWomenShare =
        [.. Enumerable.Range(1, ProjectionYears).Select(year => $"projection.women_share.year.{year}")];

    /// <summary><c>projection.leadership_share.year.{1..5}</c>: women's share of levels 5–6.</summary>
    public static readonly IReadOnlyList<string> ProjectionLeadershipShare =
        [.. Enumerable.Range(1, ProjectionYears).Select(year => $"projection.leadership_share.year.{year}")];

    /// <summary>Women share at levels 1–6; index 0 is level 1.</summary>
    public static readonly IReadOnlyList<string> WomenShareByLevel =
        [WomenShareLevel1, WomenShareLevel2, WomenShareLevel3, WomenShareLevel4, WomenShareLevel5, WomenShareLevel6];

    /// <summary>Women share within each declared ONS ethnic group, in the order of the <c>Ethnicity</c> enum (asian, black, mixed, white, other).</summary>
    public static readonly IReadOnlyList<string> WomenShareByEthnicity =
        [WomenShareAsian, WomenShareBlack, WomenShareMixed, WomenShareWhite, WomenShareOtherEthnicity];

    /// <summary>Pipeline ratios for levels 2–6; index 0 is level 2.</summary>
    public static readonly IReadOnlyList<string> PipelineRatioByLevel =
        [PipelineRatioLevel2, PipelineRatioLevel3, PipelineRatioLevel4, PipelineRatioLevel5, PipelineRatioLevel6];

    /// <summary>Pay quartile women shares, lower to upper; index 0 is quartile 1.</summary>
    public static readonly IReadOnlyList<string> PayQuartileWomenShare =
        [PayQuartile1WomenShare, PayQuartile2WomenShare, PayQuartile3WomenShare, PayQuartile4WomenShare];

    /// <summary>Every id, in the order the metrics are emitted.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        WomenShare, WomenShareFte, .. WomenShareByLevel, WomenShareLeadership, BaselineBand,
        DeclarationRateGender, DeclarationRateEthnicity, DeclarationRateDisability,
        EthnicMinorityShare, DisabledShare, .. WomenShareByEthnicity,
        HiringWomenShare,
        TurnoverRate, TurnoverRateWomen, TurnoverRateMen,
        VoluntaryTurnoverRate, VoluntaryTurnoverRateWomen, VoluntaryTurnoverRateMen,
        StabilityIndex, StabilityIndexWomen, StabilityIndexMen, LeavingRelativeLikelihood,
        PromotionRate, PromotionRateWomen, PromotionRateMen, PromotionRelativeLikelihood, .. PipelineRatioByLevel,
        PayMeanGap, PayMedianGap, .. PayQuartileWomenShare,
        BonusMeanGap, BonusMedianGap, BonusShareWomen, BonusShareMen,
        AdjustedLeavingOddsRatio, AdjustedPromotionOddsRatio, AdjustedPayGap,
        .. ProjectionWomenShare, .. ProjectionLeadershipShare, ProjectionHiringShareNeeded,
    ];

    private static readonly Dictionary<string, int> Positions = All.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);

    /// <summary>The id's position in <see cref="All"/>, for putting stored metrics back in catalogue order; unknown ids sort last.</summary>
    public static int Order(string id) => Positions.TryGetValue(id, out var position) ? position : int.MaxValue;
}
