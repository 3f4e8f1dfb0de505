using OpenData.Site;

return Cli.Run(args, Console.Out, Console.Error);
