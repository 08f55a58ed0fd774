"""METRICS: what was measured when the sentence does not say it. CLAIMS.md: the metric is
what was measured, "score" when the text says only score; a bare value on a benchmark is
measured in that benchmark's own metric (the vocabulary's `metric` column: accuracy for
IFEval; the MetaMath case in MODELS checks GSM8K and MATH), and a metric the text writes wins."""
from sentence_cases.common import C, Case, M

METRICS = [
    Case(
        "Specifically, fine-tuning Phi-2 (2.7B), Llama-2 (7B), and Mistral (7B) with ORPO on the UltraFeedback alone surpasses the performance of state-of-the-art language models with more than 7B and 13B parameters: achieving up to 12.20% on $\\text{AlpacaEval}_{2.0}$ (Figure 1), 66.19% on IFEval (instruction-level loose, Table 6), and 7.32 in MT-Bench (Figure 12).",
        title="ORPO: Monolithic Preference Optimization without Reference Model",
        claims=[
            C("AlpacaEval 2.0", 12.20, "12.20%", aliases=("AlpacaEval 2",), qual="up to"),
            C("IFEval", 66.19, "66.19%", metric="accuracy"),
            C("MT-Bench", 7.32, "7.32"),
        ],
        source="arXiv:2403.07691 (dev g)",
    ),
    Case(
        "We also provide pre-trained ConvNeXt V2 models of various sizes, ranging from an efficient 3.7M-parameter Atto model with 76.7% top-1 accuracy on ImageNet, to a 650M Huge model that achieves a state-of-the-art 88.9% accuracy using only public training data.",
        title="ConvNeXt V2: Co-designing and Scaling ConvNets with Masked Autoencoders",
        claims=[
            C("ImageNet", 76.7, "76.7%", metric="top-1 accuracy"),
            C("ImageNet", 88.9, "88.9%", metric="accuracy"),  # written: the text's metric wins over the default
        ],
        source="arXiv:2301.00808 (dev g)",
    ),
    Case(
        "Most notably, Mask2Former sets a new state-of-the-art for panoptic segmentation (57.8 PQ on COCO), instance segmentation (50.1 AP on COCO) and semantic segmentation (57.7 mIoU on ADE20K).",
        title="Masked-attention Mask Transformer for Universal Image Segmentation",
        claims=[
            C("COCO", 57.8, "57.8", metric="PQ", model="Mask2Former"),
            C("COCO", 50.1, "50.1", metric="AP", model="Mask2Former"),
            C("ADE20K", 57.7, "57.7", metric="mIoU", model="Mask2Former"),
        ],
        source="arXiv:2112.01527 (dev g)",
    ),
    Case(
        "We use new features: WRC, CSP, CmBN, SAT, Mish activation, Mosaic data augmentation, CmBN, DropBlock regularization, and CIoU loss, and combine some of them to achieve state-of-the-art results: 43.5% AP (65.7% AP50) for the MS COCO dataset at a realtime speed of ~65 FPS on Tesla V100.",
        title="YOLOv4: Optimal Speed and Accuracy of Object Detection",
        claims=[
            C("COCO", 43.5, "43.5%", metric="AP", aliases=("MS COCO",)),
            C("COCO", 65.7, "65.7%", metric="AP50", aliases=("MS COCO",)),
        ],
        mentions=[M("65 FPS", "efficiency")],  # frames per second: a speed, whatever GPU follows
        source="arXiv:2004.10934 (dev g)",
    ),
    Case('Extensive experiments on IBench demonstrate that SpatialID achieves state-of-the-art performance in text adherence (CLIP-T: 0.281), visual consistency (CLIP-I: 0.827), and image quality (IQ: 0.523), significantly eliminating background contamination while maintaining robust identity preservation.',
         title='Inject Where It Matters: Training-Free Spatially-Adaptive Identity Preservation for Text-to-Image Personalization',
         context='Personalized text-to-image generation aims to integrate specific identities into arbitrary contexts. However, existing tuning-free methods typically employ Spatially Uniform Visual Injection, causing identity features to contaminate non-facial regions (e.g., backgrounds and lighting) and degrading text adherence. To address this without expensive fine-tuning, we propose SpatialID, a training-free spatially-adaptive identity modulation framework. SpatialID fundamentally decouples identity injection into face-relevant and context-free regions using a Spatial Mask Extractor derived from cross-attention responses. Furthermore, we introduce a Temporal-Spatial Scheduling strategy that dynamically adjusts spatial constraints - transitioning from Gaussian priors to attention-based masks and adaptive relaxation - to align with the diffusion generation dynamics.',
         claims=[C('IBench', 0.281, '0.281', model='SpatialID', metric='CLIP-T'), C('IBench', 0.827, '0.827', model='SpatialID', metric='CLIP-I'), C('IBench', 0.523, '0.523', model='SpatialID')], mentions=[],
         source="daily arXiv listing, audit sheet 22: 'CLIP-I', 'CLIP-T' are metrics (similarities measured with CLIP), not models"),
    Case('The highest-ranking team achieved a median Dice score 0.82, a median HD95 of 7.69 mm and a VS of 0.91, utilizing a large, pretrained network called STU-Net.',
         title='Automated segmenta-on of pediatric neuroblastoma on multi-modal MRI: Results of the SPPIN challenge at MICCAI 2023',
         context='Surgery plays an important role within the treatment for neuroblastoma, a common pediatric cancer. This requires careful planning, often via magnetic resonance imaging (MRI)-based anatomical 3D models. However, creating these models is often time-consuming and user dependent. We organized the Surgical Planning in Pediatric Neuroblastoma (SPPIN) challenge, to stimulate developments on this topic, and set a benchmark for fully automatic segmentation of neuroblastoma on multi-model MRI. The challenge started with a training phase, where teams received 78 sets of MRI scans from 34 patients, consisting of both diagnostic and post-chemotherapy MRI scans. The final test phase, consisting of 18 MRI sets from 9 patients, determined the ranking of the teams. Ranking was based on the Dice similarity coefficient (Dice score), the 95th percentile of the Hausdorff distance (HD95) and the volumetric similarity (VS). The SPPIN challenge was hosted at MICCAI 2023. The final leaderboard consisted of 9 teams.',
         claims=[C('SPPIN', 0.82, '0.82', metric='Dice'), C('SPPIN', 7.69, '7.69', metric='HD95'), C('SPPIN', 0.91, '0.91', metric='volumetric similarity')], mentions=[],
         source="dev set BM: 'a median HD95 of 7.69 mm' is a result (HD95, lower is better), 'a VS of 0.91' names volumetric similarity"),
    Case('Dice Similarity Coefficient (DSC) = 0.88 +/- 0.05 and Jaccard Index = 0.79 +/- 0.07, and Hausdorff Distance 95% (HD95) = 0.69 +/- 0.28 mm, Chamfer Distance = 0.09 +/- 0.05 mm, Mean Surface Distance (MSD) = 0.11 +/- 0.05 mm, and Root Mean Square Distance (RMSD) = 0.32 +/- 0.10 mm.',
         title='Virtual Intraoperative CT (viCT): Sequential Anatomic Updates for Modeling Tissue Resection Throughout Endoscopic Sinus Surgery',
         context='Purpose: Incomplete dissection is a common cause of persistent disease and revision endoscopic sinus surgery (ESS) in chronic rhinosinusitis. Current image-guided surgery systems typically reference static preoperative CT (pCT), and do not model evolving resection boundaries. We present Virtual Intraoperative CT (viCT), a method for sequentially updating pCT throughout ESS using intraoperative 3D reconstructions from monocular endoscopic video to enable visualization of evolving anatomy in CT format. Methods: Monocular endoscopic video is processed using a depth-supervised NeRF framework with virtual stereo synthesis to generate metrically scaled 3D reconstructions at multiple surgical intervals. Reconstructions undergo rigid, landmark-based registration in 3D Slicer guided by anatomical correspondences, and are then voxelized into the pCT grid. viCT volumes were generated using a ray-based occupancy comparison between pCT and reconstruction to delete outdated voxels and remap preserved anatomy and updated boundaries. Performance is evaluated in a cadaveric feasibility study of four specimens across four ESS stages using volumetric overlap (DSC, Jaccard) and surface metrics (HD95, Chamfer, MSD, RMSD), and qualitative comparisons to ground-truth CT. Results: viCT updates show agreement with ground-truth anatomy across surgical stages, with submillimeter mean surface errors.',
         claims=[], mentions=[M('0.05', 'other'), M('0.07', 'other'), M('95%', 'other')],
         source="review pool 15 (sheet 30): '95%' in 'Hausdorff Distance 95% (HD95)' is part of the metric's name"),
]
