using DataForLife.Population.Bench;

return await BenchProgram.RunAsync(args);
