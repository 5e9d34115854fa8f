using System.Diagnostics;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>Runs a command-line tool (pdfinfo, pdftotext) and returns what it printed.</summary>
public static class Programs
{
    public static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
