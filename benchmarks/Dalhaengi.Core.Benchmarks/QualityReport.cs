namespace Dalhaengi.Core.Benchmarks;

internal static class QualityReport
{
    public static int Run(TextWriter output)
    {
        output.WriteLine("todo");
        return 0;
    }
}
