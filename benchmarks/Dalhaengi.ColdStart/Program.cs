using Dalhaengi.ColdStart;

// The first statement: Main → result is timed from here.
var report = ChildReport.Start();
if (args.Length >= 2 && args[0] == "--measure")
{
    return Driver.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : Path.GetTempPath(), Console.Out);
}

// A child: one contender's first result, then the line the driver reads (ChildReport).
var tier = Child.Run(args);
var stopped = report.Stop();
Console.WriteLine(stopped.Line(tier));
return 0;
