using System.Globalization;
using System.Text;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>A large valid v1 extract for fault tests: one organisation, seeded, every row distinct.</summary>
public static class LargeExtract
{
    public static string Write(string folder, string organisationCode, int rows, int seed)
    {
        var random = new Random(seed);
        var path = Path.Combine(folder, $"{organisationCode}-{seed}.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine("organisation_code,snapshot_date,employee_ref,job_family,level,fte,start_date,leave_date,leave_reason,gender,hourly_pay");
        string[] families = ["it", "digital", "data"];
        string[] genders = ["female", "male", "male", "male", "other", "undisclosed"];
        for (var i = 0; i < rows; i++)
        {
            var leaves = random.Next(10) == 0;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{organisationCode},2025-03-31,S{seed}-{i:D7},{families[random.Next(3)]},{1 + random.Next(6)},{(random.Next(5) == 0 ? "0.6" : "1")},2019-0{1 + random.Next(9)}-1{random.Next(10)},{(leaves ? "2024-11-30" : "")},{(leaves ? "voluntary" : "")},{genders[random.Next(genders.Length)]},{15 + random.Next(4000) / 100.0:0.00}"));
        }
        return path;
    }
}
