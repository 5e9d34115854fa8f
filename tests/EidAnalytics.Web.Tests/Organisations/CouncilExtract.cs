using System.Text.Json;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Organisations;

/// <summary>
/// A hand-built whole-organisation extract with leavers, joiners, promotions and pay, snapshot 31 March 2025,
/// so the year P runs from 1 April 2024 and "a year before" is 31 March 2024 (T0).
///
/// IT function (it, digital, data), 12 rows:
///   women W1 L2 £15 · W2 L3 promoted £20 bonus £100 · W3 L4 £25 · W4 L3 promoted, then left (voluntary) ·
///         W5 L2 joined Sept 2024 £14
///   men   M1 L2 £14 · M2 L3 promoted £20 bonus £200 · M3 L4 promoted £30 bonus £300 · M4 L5 £35 ·
///         M5 L3 left (involuntary) · M6 L3 left (voluntary) · M7 L2 joined Oct 2024 £12
///   S1 (no leave date)  = W1 W2 W3 W5 M1 M2 M3 M4 M7 = 4 women + 5 men = 9
///   S0 (start ≤ T0)     = W1–W4, M1–M6            = 4 women + 6 men = 10
///   leavers = W4, M5, M6 (voluntary: W4, M6); joiners = W5, M7; promoted in S1 = W2, M2, M3 (W4 left, so not counted)
/// Other families: O1 (woman) and O2 (man), level 3, long-serving, no pay: the organisation scope adds 2 to S0 and S1.
/// </summary>
internal static class CouncilExtract
{
    public static string Csv(string code) =>
        string.Join('\n',
            "organisation_code,snapshot_date,employee_ref,job_family,level,start_date,last_promotion_date,leave_date,leave_reason,gender,hourly_pay,bonus_pay",
            $"{code},2025-03-31,W1,it,2,2015-01-05,,,,female,15.00,0",
            $"{code},2025-03-31,W2,it,3,2016-01-05,2024-06-01,,,female,20.00,100",
            $"{code},2025-03-31,W3,digital,4,2017-01-05,,,,female,25.00,0",
            $"{code},2025-03-31,W4,it,3,2018-01-05,2024-05-01,2024-10-31,voluntary,female,18.00,0",
            $"{code},2025-03-31,W5,data,2,2024-09-02,,,,female,14.00,0",
            $"{code},2025-03-31,M1,it,2,2015-01-05,,,,male,14.00,0",
            $"{code},2025-03-31,M2,it,3,2015-01-05,2024-07-01,,,male,20.00,200",
            $"{code},2025-03-31,M3,it,4,2015-01-05,2024-08-01,,,male,30.00,300",
            $"{code},2025-03-31,M4,it,5,2015-01-05,,,,male,35.00,0",
            $"{code},2025-03-31,M5,it,3,2015-01-05,,2024-12-31,involuntary,male,,",
            $"{code},2025-03-31,M6,it,3,2015-01-05,,2025-02-28,voluntary,male,,",
            $"{code},2025-03-31,M7,it,2,2024-10-01,,,,male,12.00,0",
            $"{code},2025-03-31,O1,other,3,2010-01-04,,,,female,,",
            $"{code},2025-03-31,O2,other,3,2010-01-04,,,,male,,") + "\n";
}

/// <summary>The app with <see cref="CouncilExtract"/> uploaded once for a whole test class, as organisation <see cref="Code"/>.</summary>
public class CouncilApp : EidApp
{
    public const string Code = "E09000401";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddOrganisationAsync(Code, "Council Extract Borough");
        using var client = await this.ApiClientAsync(Code);
        JsonElement upload = await Extracts.UploadAsync(client, Code, CouncilExtract.Csv(Code));
        Assert.Equal("loaded", upload.GetProperty("status").GetString());
    }
}

/// <summary>The same, on a real socket, for browser tests.</summary>
public sealed class CouncilServer : CouncilApp
{
    protected override bool WithKestrel => true;
}
