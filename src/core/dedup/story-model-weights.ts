// Written by scripts/story-model-fit.ts --write: do not edit by hand.
// Features: titleCosine, textCosine, nearestTitleCosine, nameShare, rareName, leadNames, hoursApart, logSize, titleOnly.
import type { StoryModel } from './story-model.ts';

export const STORY_MODEL: StoryModel = {
  weights: [3.0155, 10.9481, 1.8169, 0.1986, 0.5907, -0.9685, -0.7467, 0.4143, 0.2386],
  bias: -4.4896,
  cut: 0.5,
};
