using Dalhaengi.ColdStart;

// The first statement: Main → result is timed from here.
var report = ChildReport.Start();
var tier = args.Length == 0 ? -1 : args[0] switch
{
    "hello" => 0,
    "ours" => OursContender.BuiltIn(),
    "ours-file" when args.Length == 2 => OursContender.FromFile(args[1]),
    _ => -1,
};
if (tier < 0)
{
    Console.Error.WriteLine("usage: Dalhaengi.ColdStart.Ours hello | ours | ours-file RULES.json");
    return 2;
}

var stopped = report.Stop();
Console.WriteLine(stopped.Line(tier));
return 0;
