using EidAnalytics.Benchmarks.Run;

namespace EidAnalytics.Benchmarks.Tests;

public sealed class CopyTableTests
{
    [Fact]
    public void The_copy_peer_loads_the_extract_standards_columns_with_their_types()
    {
        Assert.Equal(
            "drop table if exists bench_copy; create table bench_copy ("
            + "organisation_code text, snapshot_date date, employee_ref text, job_family text, level smallint, grade text, "
            + "fte double precision, start_date date, level_start_date date, last_promotion_date date, leave_date date, "
            + "leave_reason text, gender text, ethnicity text, disability text, age_band text, working_pattern text, "
            + "hourly_pay double precision, bonus_pay double precision)",
            CopyTable.Create());
    }
}
