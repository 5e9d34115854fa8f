using System.Diagnostics;
using System.Text;
using EidAnalytics.Cli.Samples;
using EidAnalytics.Core.Extracts;
using Xunit.Abstractions;

namespace EidAnalytics.Core.Tests.Extracts;

/// <summary>Run alone, so that the memory measured is the reader's and not another test's.</summary>
[CollectionDefinition(nameof(MemoryMeasured), DisableParallelization = true)]
public sealed class MemoryMeasured;

[Collection(nameof(MemoryMeasured))]
public sealed class ZipBombTests(ITestOutputHelper output)
{
    /// <summary>What a 1 GiB bomb may add to the process's peak working set while it is refused.</summary>
    private const long PeakGrowthBound = 40L * 1024 * 1024;

    private const long BombSize = 1024L * 1024 * 1024;

    private static readonly string[] Header = ["organisation_code", "snapshot_date", "employee_ref", "job_family", "level", "start_date", "gender"];

    [Fact]
    public void A_zip_bomb_that_declares_its_size_is_refused_from_the_directory_before_memory_grows()
    {
        var bomb = Bomb(out var packed);
        output.WriteLine($"bomb: {packed:N0} bytes packed, {BombSize:N0} declared and real");

        var (problem, growth) = Measure(bomb);

        output.WriteLine($"peak working set grew by {growth / 1024.0 / 1024.0:F1} MB while refusing it");
        Assert.Equal(ProblemKind.Unsafe, problem.Kind);
        Assert.StartsWith("the part xl/sharedStrings.xml says it unpacks to 1024 MB", problem.Reason, StringComparison.Ordinal);
        Assert.True(growth < PeakGrowthBound, $"peak working set grew by {growth:N0} bytes");
    }

    [Fact]
    public void A_zip_bomb_whose_directory_lies_about_its_size_is_stopped_while_it_unpacks()
    {
        var bomb = Bomb(out _);
        DeclareSize(bomb, "xl/sharedStrings.xml", 1000);

        var (problem, growth) = Measure(bomb);

        output.WriteLine($"peak working set grew by {growth / 1024.0 / 1024.0:F1} MB while refusing the lying bomb: {problem.Reason}");
        Assert.Contains(problem.Kind, new[] { ProblemKind.Unsafe, ProblemKind.Unreadable });
        Assert.True(growth < PeakGrowthBound, $"peak working set grew by {growth:N0} bytes");
    }

    /// <summary>A workbook whose shared text is one string of 1 GiB, packed to about a megabyte.</summary>
    private static byte[] Bomb(out long packed)
    {
        var bomb = HostileXlsx.ZipBomb(BombSize);
        packed = bomb.Length;
        return bomb;
    }

    /// <summary>Makes the zip directory (central and local headers) say an entry unpacks to <paramref name="size"/> bytes.</summary>
    private static void DeclareSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var central = zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02
                && zip.AsSpan(i + 46, Math.Min(name.Length, zip.Length - i - 46)).SequenceEqual(name);
            var local = zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x03 && zip[i + 3] == 0x04
                && zip.AsSpan(i + 30, Math.Min(name.Length, zip.Length - i - 30)).SequenceEqual(name);
            if (central)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
            }
            else if (local)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            }
        }
    }

    /// <summary>Parses the file and returns its one problem and how far the peak working set rose above where it started.</summary>
    private static (ValidationProblem Problem, long Growth) Measure(byte[] xlsx)
    {
        // The reader's code is loaded and compiled first, so that what is measured is the file.
        Xlsx.Parse(Xlsx.Workbook(Header, []));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        // Linux resets a process's peak resident set size ("VmHWM") when 5 is written here.
        File.WriteAllText("/proc/self/clear_refs", "5");
        process.Refresh();
        var before = process.WorkingSet64;
        var parsed = Xlsx.Parse(xlsx, new ExtractReadOptions { Today = TestDates.Today, MaxXlsxUnpackedBytes = 256L * 1024 * 1024 });
        process.Refresh();
        var growth = process.PeakWorkingSet64 - before;
        return (ExtractCsv.SingleProblem(parsed), growth);
    }
}
