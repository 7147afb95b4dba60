using DataForLife.Bench.VoteStorm;

// A storm of partner votes that records every answer, for the failure runs of bench/vote-storm.sh:
//   storm URL KEY SECONDS CONNECTIONS ACKED_FILE   each request a new reader; prints answers per second and in total
//   verify KEY_NAME ACKED_FILE                      every acknowledged reader's vote is in the database (platform configuration from the environment)
return args switch
{
    ["storm", var url, var key, var seconds, var connections, var acked] =>
        await Storm.RunAsync(new Uri(url), key, TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)),
            int.Parse(connections, System.Globalization.CultureInfo.InvariantCulture), acked),
    ["verify", var name, var acked] => await Verify.RunAsync(name, acked),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: storm URL KEY SECONDS CONNECTIONS ACKED_FILE | verify KEY_NAME ACKED_FILE");
    return 2;
}
