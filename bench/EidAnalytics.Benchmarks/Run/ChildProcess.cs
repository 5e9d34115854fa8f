using System.Diagnostics;

namespace EidAnalytics.Benchmarks.Run;

/// <summary>
/// The programs the run starts. Output that goes to a log is redirected by the shell (<c>exec
/// … &gt;&gt;LOG 2&gt;&amp;1</c>), so no thread of the run copies it while a timed command runs; a
/// program that fails stops the run.
/// </summary>
public static class ChildProcess
{
    /// <summary>Starts a program with its output (both streams) written to <paramref name="log"/>.</summary>
    public static Process StartToLog(string log, bool append, IReadOnlyList<string> command,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = workingDirectory ?? "" };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(append ? "exec \"$@\" >>\"$EID_BENCH_LOG\" 2>&1" : "exec \"$@\" >\"$EID_BENCH_LOG\" 2>&1");
        start.ArgumentList.Add("sh");
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["EID_BENCH_LOG"] = log;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return Process.Start(start) ?? throw new InvalidOperationException($"{command[0]} did not start");
    }

    /// <summary>Runs a program to its end with its output appended to <paramref name="log"/>.</summary>
    public static async Task RunToLogAsync(string log, IReadOnlyList<string> command, CancellationToken cancellationToken,
        string? workingDirectory = null)
    {
        using var process = StartToLog(log, append: true, command, workingDirectory: workingDirectory);
        await WaitAsync(process, command, cancellationToken);
    }

    /// <summary>Runs a program to its end and returns what it wrote on stdout; its stderr goes to the terminal.</summary>
    public static async Task<string> OutputAsync(IReadOnlyList<string> command, CancellationToken cancellationToken,
        bool check = true, ErrorOutput errors = ErrorOutput.Terminal)
    {
        var start = new ProcessStartInfo(command[0])
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = errors != ErrorOutput.Terminal,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{command[0]} did not start");
        }
        catch (System.ComponentModel.Win32Exception) when (!check)
        {
            return "";
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errorText = errors == ErrorOutput.Terminal ? Task.FromResult("") : process.StandardError.ReadToEndAsync(cancellationToken);
            if (check)
            {
                await WaitAsync(process, command, cancellationToken);
            }
            else
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            return await output + (errors == ErrorOutput.Append ? await errorText : "");
        }
    }

    private static async Task WaitAsync(Process process, IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command.Take(3))} … exited with status {process.ExitCode}");
        }
    }
}
