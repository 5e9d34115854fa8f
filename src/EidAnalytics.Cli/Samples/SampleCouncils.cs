using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Cli.Samples;

/// <summary>
/// The 30 fictional councils. The women's shares are chosen so that, after the simulation thins them
/// with seniority and leaving, some councils land below the 12–16% baseline band, most within or
/// around it and some above; a few councils have women leaving more often or being promoted less.
/// </summary>
public static class SampleCouncils
{
    public static readonly IReadOnlyList<SampleCouncil> All =
    [
        new("E07999001", "Ashcombe Vale District Council", OrganisationTypes.District, Regions.SouthWest, 14, 420, true, 0.16) { Layout = SampleLayout.ITrent },
        new("E07999002", "Fenwick Levels District Council", OrganisationTypes.District, Regions.EastOfEngland, 4, 310, true, 0.25) { Layout = SampleLayout.SuccessFactors },
        new("E07999003", "Sallowby District Council", OrganisationTypes.District, Regions.EastMidlands, 11, 380, false, 0.13) { PaysBonuses = true },
        new("E07999004", "Kestrel Downs District Council", OrganisationTypes.District, Regions.SouthEast, 18, 560, true, 0.15) { WomenLeaving = 1.5, Layout = SampleLayout.OracleHcm },
        new("E07999005", "Millbrook Valley Borough Council", OrganisationTypes.District, Regions.WestMidlands, 9, 450, false, 0.10),
        new("E07999006", "Greyfell Borough Council", OrganisationTypes.District, Regions.NorthWest, 3, 290, false, 0.15),
        new("E07999007", "Saltmarsh District Council", OrganisationTypes.District, Regions.EastOfEngland, 12, 400, false, 0.15),
        new("E07999008", "Brenscombe District Council", OrganisationTypes.District, Regions.SouthWest, 22, 650, false, 0.19) { HiringTrend = 0.06 },
        new("E06999001", "Kingsmere Council", OrganisationTypes.Unitary, Regions.SouthWest, 95, 5200, false, 0.14) { PaysBonuses = true },
        new("E06999002", "Port Halden Borough Council", OrganisationTypes.Unitary, Regions.NorthEast, 60, 3900, false, 0.14) { WomenLeaving = 1.35, Layout = SampleLayout.StandardXlsx },
        new("E06999003", "Brackwater Council", OrganisationTypes.Unitary, Regions.SouthEast, 110, 4800, false, 0.24) { HiringTrend = 0.08, Layout = SampleLayout.ITrent },
        new("E06999004", "Lindenholt City Council", OrganisationTypes.Unitary, Regions.EastMidlands, 75, 4300, false, 0.12),
        new("E06999005", "Hollins Bay Borough Council", OrganisationTypes.Unitary, Regions.NorthWest, 45, 3100, false, 0.12) { WomenPromotion = 0.6, Layout = SampleLayout.SuccessFactors },
        new("E06999006", "Holderby Council", OrganisationTypes.Unitary, Regions.Yorkshire, 55, 3600, false, 0.14) { HiringTrend = -0.04 },
        new("E08999001", "Cleatham Metropolitan Borough Council", OrganisationTypes.MetropolitanDistrict, Regions.NorthEast, 130, 7800, false, 0.13) { WomenLeaving = 1.3, Layout = SampleLayout.SuccessFactors },
        new("E08999002", "Irwell Moss Metropolitan Borough Council", OrganisationTypes.MetropolitanDistrict, Regions.NorthWest, 150, 8900, false, 0.14) { PaysBonuses = true, Layout = SampleLayout.StandardXlsx },
        new("E08999003", "Ravensholme Metropolitan Borough Council", OrganisationTypes.MetropolitanDistrict, Regions.Yorkshire, 120, 7200, false, 0.11) { WomenPromotion = 0.7, Layout = SampleLayout.OracleHcm },
        new("E08999004", "Brindleford City Council", OrganisationTypes.MetropolitanDistrict, Regions.WestMidlands, 260, 14500, false, 0.14) { HiringTrend = 0.03, Layout = SampleLayout.StandardXlsx },
        new("E09999001", "London Borough of Thamesbrook", OrganisationTypes.LondonBorough, Regions.London, 180, 4600, false, 0.24) { PaysBonuses = true },
        new("E09999002", "London Borough of Eastwick Marsh", OrganisationTypes.LondonBorough, Regions.London, 85, 3300, false, 0.22) { WomenLeaving = 1.25, Layout = SampleLayout.ITrent },
        new("E10999001", "Northmere County Council", OrganisationTypes.County, Regions.EastOfEngland, 220, 11800, false, 0.14) { PaysBonuses = true },
        new("E10999002", "Oakshire County Council", OrganisationTypes.County, Regions.EastMidlands, 170, 9600, false, 0.20) { HiringTrend = 0.05, Layout = SampleLayout.StandardXlsx },
        new("E10999003", "Wealdmoor County Council", OrganisationTypes.County, Regions.SouthEast, 300, 16400, false, 0.065) { WomenLeaving = 1.2, PaysBonuses = true },
        new("E10999004", "Marchland County Council", OrganisationTypes.County, Regions.WestMidlands, 190, 10200, false, 0.11) { WomenLeaving = 1.35, WomenPromotion = 0.8, Layout = SampleLayout.OracleHcm },
        new("W06999001", "Glanafon County Borough Council", OrganisationTypes.WelshUnitary, Regions.Wales, 70, 5600, false, 0.14),
        new("W06999002", "Bro Eithin Council", OrganisationTypes.WelshUnitary, Regions.Wales, 40, 4100, false, 0.15) { HiringTrend = 0.04, Layout = SampleLayout.StandardXlsx },
        new("W06999003", "Cwm Derwen County Borough Council", OrganisationTypes.WelshUnitary, Regions.Wales, 28, 1500, true, 0.14) { Layout = SampleLayout.ITrent },
        new("S12999001", "Strathbrae Council", OrganisationTypes.ScottishCouncil, Regions.Scotland, 100, 9800, false, 0.14) { PaysBonuses = true, Layout = SampleLayout.SuccessFactors },
        new("S12999002", "Ardcraig Council", OrganisationTypes.ScottishCouncil, Regions.Scotland, 50, 6200, false, 0.13) { WomenLeaving = 1.2 },
        new("S12999003", "Isles of Morvane Council", OrganisationTypes.ScottishCouncil, Regions.Scotland, 9, 1250, true, 0.15) { Layout = SampleLayout.OracleHcm },
    ];
}
