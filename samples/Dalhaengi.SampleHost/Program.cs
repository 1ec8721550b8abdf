using Dalhaengi.SampleHost;

return Cli.Run(args, Console.Out, Console.Error);
