// Written by scripts/story-model-fit.ts --write: do not edit by hand.
// Features: titleCosine, textCosine, nearestTitleCosine, hoursApart, logSize, titleOnly, titleCovered, titleMissing, titleInText, storyCore.
import type { StoryModel } from './story-model.ts';

export const STORY_MODEL: StoryModel = {
  weights: [1.6182, 5.6396, 1.7367, -0.7333, 0.1937, 0.4178, 0.5488, 0.9497, 2.0028, 3.0629],
  bias: -5.6156,
  cut: 0.125,
  idfPriorStories: 30,
};
