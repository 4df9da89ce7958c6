// Written by scripts/story-model-fit.ts --write: do not edit by hand.
// Features: titleCosine, textCosine, nearestTitleCosine, nameShare, rareName, leadNames, hoursApart, logSize, titleOnly.
import type { StoryModel } from './story-model.ts';

export const STORY_MODEL: StoryModel = {
  weights: [1.3545, 11.836, 2.5978, 0.2744, 0.1468, -0.9686, -0.5958, 0.3666, 0.3689],
  bias: -5.2345,
  cut: 0,
  idfPriorStories: 300,
};
