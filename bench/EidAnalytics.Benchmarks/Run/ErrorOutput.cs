namespace EidAnalytics.Benchmarks.Run;

/// <summary>Where a program's stderr goes when the run reads its stdout.</summary>
public enum ErrorOutput
{
    /// <summary>To the terminal, as the run's own progress does.</summary>
    Terminal,

    /// <summary>After its stdout, as <c>2&gt;&amp;1</c> would (wrk writes its version there).</summary>
    Append,

    /// <summary>Nowhere, as <c>2&gt;/dev/null</c> would (Chromium's wrapper script complains on stderr).</summary>
    Discard,
}
