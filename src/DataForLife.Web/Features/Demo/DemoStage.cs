namespace DataForLife.Web.Features.Demo;

/// <summary>The moments of a contest the demo edition can be placed at, each with the window that is open then.</summary>
public enum DemoStage
{
    Registration,
    Submission,
    Round1,
    Voting,
    Round2,
    Final,
    Finished,
}
