// Written by scripts/story-model-fit.ts --write: do not edit by hand.
// Features: titleCosine, textCosine, nearestTitleCosine, hoursApart, logSize, titleOnly, titleCovered, titleMissing, titleInText, storyCore.
import type { StoryModel } from './story-model.ts';

export const STORY_MODEL: StoryModel = {
  weights: [0.6605, 8.4569, 1.0192, -0.6222, 0.2637, 0.8382, 0.0792, 0.2422, 2.0221, 2.4122],
  bias: -5.7218,
  cut: 0.625,
  idfPriorStories: 1000,
};
